"""Writes input tables with XlsxWriter the way an office script might lay them
out, not the way Appraise does: tables placed off A1, several tables on one
sheet, Chinese table names, a totals row under Indicators, and the 1904 date
system. Used by test/cli/otherWriters.test.ts.

    python3 xlsxwriter_tables.py tables.json out.xlsx

tables.json: [{"name", "zh", "headers": [...], "types": [...], "rows": [[...]]}],
dates as {"date": "YYYY-MM-DD"}.
"""
import datetime
import json
import sys

import xlsxwriter

# Where each table goes: (sheet, first row, first column), 0-based; the name it
# is given (English or the Chinese alias); whether it has a totals row.
LAYOUT = {
    "Units": ("基础数据", 2, 1, "考评对象", False),
    "Satisfaction": ("基础数据", 2, 6, "Satisfaction", False),
    "Survey": ("基础数据", 2, 11, "满意度测评票数", False),
    "Indicators": ("指标", 3, 2, "Indicators", True),
    "Bonuses": ("加减分", 0, 0, "创新争优加分", False),
    "Penalties": ("加减分", 0, 7, "Penalties", False),
    "SpotChecks": ("加减分", 0, 13, "SpotChecks", False),
    "Vetoes": ("加减分", 0, 18, "一票否决", False),
    "Appeals": ("其他", 4, 1, "Appeals", False),
    "Holidays": ("其他", 4, 6, "Holidays", False),
    "Rules": ("其他", 4, 10, "考评规则", False),
}


def main(src, dst):
    tables = json.load(open(src, encoding="utf-8"))
    wb = xlsxwriter.Workbook(dst, {"date_1904": True, "strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False})
    date_format = wb.add_format({"num_format": "yyyy-mm-dd"})
    sheets = {}
    for t in tables:
        sheet_name, row0, col0, table_name, totals = LAYOUT[t["name"]]
        ws = sheets.get(sheet_name) or wb.add_worksheet(sheet_name)
        sheets[sheet_name] = ws
        rows = t["rows"] or [[None] * len(t["headers"])]
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = (row0 + 1 + r, col0 + c)
                if isinstance(value, dict):
                    d = datetime.datetime.strptime(value["date"], "%Y-%m-%d")
                    ws.write_datetime(*cell, d, date_format)
                elif isinstance(value, bool):
                    ws.write_boolean(*cell, value)
                elif isinstance(value, (int, float)):
                    ws.write_number(*cell, value)
                elif isinstance(value, str):
                    ws.write_string(*cell, value)
        columns = []
        for c, header in enumerate(t["headers"]):
            column = {"header": header}
            if totals:
                if c == 0:
                    column["total_string"] = "合计"
                elif t["types"][c] == "number":
                    column["total_function"] = "sum"
            columns.append(column)
        last_row = row0 + len(rows) + (1 if totals else 0)
        ws.add_table(row0, col0, last_row, col0 + len(columns) - 1,
                     {"name": table_name, "columns": columns, "total_row": totals, "autofilter": True})
    wb.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
