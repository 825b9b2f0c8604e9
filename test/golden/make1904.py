"""Writes the golden 1904 workbook: the reference tables with dates in every
date column, saved with the 1904 date system (xlsxwriter's date_1904), by a
program other than Appraise. Usage: python3 make1904.py out.xlsx"""
import sys
from datetime import datetime as d

import xlsxwriter

wb = xlsxwriter.Workbook(sys.argv[1], {"date_1904": True, "default_date_format": "yyyy-mm-dd"})
date = wb.add_format({"num_format": "yyyy-mm-dd"})


def table(sheet, name, header, rows):
    ws = wb.add_worksheet(sheet)
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row):
            if isinstance(v, d):
                ws.write_datetime(r, c, v, date)
            elif v is not None:
                ws.write(r, c, v)
    ws.add_table(0, 0, len(rows), len(header) - 1, {"name": name, "columns": [{"header": h} for h in header]})


units = [("区发改局", "经济类"), ("区财政局", "经济类"), ("区统计局", "经济类"), ("区教育局", "社会类"), ("区卫健局", "社会类"), ("区民政局", "社会类")]
table("考评对象", "Units", ["Unit", "Category"], units)

indicators = []
for i, (u, _) in enumerate(units):
    # A temporary task assigned on 2016-06-01: filed on the 8th working day (on time) or on 2016-06-30 (late).
    filed = d(2016, 6, 30) if i % 3 == 0 else d(2016, 6, 10)
    # An adjustment filed before the 2016-11-25 deadline, or after it.
    adjusted = d(2016, 12, 2) if i % 2 == 0 else d(2016, 11, 1)
    indicators.append((u, "functional", "core", "核心指标", 600, 540 + 7 * i, None, None, adjusted))
    indicators.append((u, "functional", "temporary", "临时任务", 0, 0, d(2016, 6, 1), filed, None))
    indicators.append((u, "common", None, "共性", 100, 88 + i, None, None, None))
table("指标考核", "Indicators", ["Unit", "Type", "Group", "Indicator", "MaxPoints", "Score", "AssignedDate", "FiledDate", "AdjustmentFiled"], indicators)

table("满意度评价", "Satisfaction", ["Unit", "Public", "Leader"], [(u, 180 + i, 90 - i) for i, (u, _) in enumerate(units)])
table(
    "通报扣分",
    "Penalties",
    ["Unit", "Date", "Reason", "Count"],
    [("区财政局", d(2016, 3, 15), "迟报", 1), ("区教育局", d(2015, 12, 20), "上年度", 1), ("区卫健局", d(2016, 12, 31), "年末", 2)],
)
table(
    "复核申请",
    "Appeals",
    ["Unit", "FeedbackDate", "AppealDate"],
    [("区统计局", d(2017, 1, 9), d(2017, 1, 13)), ("区民政局", d(2017, 1, 9), d(2017, 1, 25))],
)
table(
    "考评规则",
    "Rules",
    ["Key", "Value"],
    [("period.start", d(2016, 1, 1)), ("period.end", d(2016, 12, 31)), ("deadline.adjustment", d(2016, 11, 25)), ("feedback.date", d(2017, 1, 9))],
)
wb.close()
