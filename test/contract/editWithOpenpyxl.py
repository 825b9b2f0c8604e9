"""A user's edits to a saved workbook, made in another program (openpyxl), for
the contract's package driver: input tables refilled and resized in place, and
cells typed into a sheet.

Usage: editWithOpenpyxl.py <workbook.xlsx> <edits.json>
edits.json: {"tables": [{"name", "at", "header", "rows"}], "cells": [{"sheet", "at", "rows"}]}
A cell is a JSON value, {"date": "yyyy-mm-dd"} or {"formula": "=..."}.
"""
import datetime
import json
import sys

import openpyxl
from openpyxl.utils import get_column_letter, range_boundaries
from openpyxl.utils.cell import coordinate_from_string, column_index_from_string


def value_of(cell):
    if isinstance(cell, dict) and "date" in cell:
        return datetime.datetime.strptime(cell["date"], "%Y-%m-%d"), "yyyy-mm-dd"
    if isinstance(cell, dict) and "formula" in cell:
        return cell["formula"], None
    return cell, None


def put(ws, at, rows):
    col_letters, row = coordinate_from_string(at)
    col = column_index_from_string(col_letters)
    for i, line in enumerate(rows):
        for j, cell in enumerate(line):
            value, fmt = value_of(cell)
            target = ws.cell(row=row + i, column=col + j)
            target.value = value
            if isinstance(value, str) and not (isinstance(cell, dict) and "formula" in cell):
                target.data_type = "s"
            if fmt is not None:
                target.number_format = fmt


def table_of(wb, name):
    for ws in wb.worksheets:
        if name in ws.tables:
            return ws, ws.tables[name]
    raise SystemExit("no table " + name)


def main(path, edits_path):
    with open(edits_path, encoding="utf-8") as f:
        edits = json.load(f)
    wb = openpyxl.load_workbook(path)
    for spec in edits.get("tables", []):
        ws, table = table_of(wb, spec["name"])
        min_col, min_row, max_col, max_row = range_boundaries(table.ref)
        for line in ws.iter_rows(min_row=min_row, max_row=max_row, min_col=min_col, max_col=max_col):
            for cell in line:
                cell.value = None
        put(ws, spec["at"], [spec["header"]] + spec["rows"])
        col_letters, row = coordinate_from_string(spec["at"])
        col = column_index_from_string(col_letters)
        last = get_column_letter(col + len(spec["header"]) - 1) + str(row + max(1, len(spec["rows"])))
        table.ref = spec["at"] + ":" + last
        if table.autoFilter is not None:
            table.autoFilter.ref = table.ref
    for spec in edits.get("cells", []):
        ws = wb[spec["sheet"]] if spec["sheet"] in wb.sheetnames else wb.create_sheet(spec["sheet"])
        put(ws, spec["at"], spec["rows"])
    wb.save(path)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
