"""Writes input tables with openpyxl, as an office script on Debian or Ubuntu
would (python3-openpyxl 3.0 there): one sheet per table, named in Chinese, the
data as a real Excel table (openpyxl's Table) from A1. openpyxl 3.0 declares
the relationships namespace on each <sheet> of xl/workbook.xml, not on
<workbook>, which the graded copy must cope with. Used by
test/cli/otherWriters.test.ts.

    python3 openpyxl_tables.py tables.json out.xlsx

tables.json: [{"name", "zh", "headers": [...], "types": [...], "rows": [[...]]}],
dates as {"date": "YYYY-MM-DD"}.
"""
import datetime
import json
import sys

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo


def main(src, dst):
    tables = json.load(open(src, encoding="utf-8"))
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for t in tables:
        ws = wb.create_sheet(t["zh"])
        ws.append(t["headers"])
        rows = t["rows"] or [[None] * len(t["headers"])]
        for row in rows:
            values = []
            for value in row:
                if isinstance(value, dict):
                    values.append(datetime.datetime.strptime(value["date"], "%Y-%m-%d"))
                else:
                    values.append(value)
            ws.append(values)
        for r in range(2, len(rows) + 2):
            for c, kind in enumerate(t["types"]):
                if kind == "date":
                    ws.cell(row=r, column=c + 1).number_format = "yyyy-mm-dd"
        ref = "A1:%s%d" % (get_column_letter(len(t["headers"])), len(rows) + 1)
        table = Table(displayName=t["name"], ref=ref)
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        ws.add_table(table)
    wb.save(dst)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
