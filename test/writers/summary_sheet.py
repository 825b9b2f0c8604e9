"""Writes last year's summary the way offices keep it: plain cells (no Excel
tables), merged ranges, formulas with their cached results (XlsxWriter) or
without (openpyxl, as a script that never opened it in Excel leaves them).
Used by test/cli/import.test.ts.

    python3 summary_sheet.py xlsxwriter|openpyxl spec.json out.xlsx

spec.json: {"sheets": [{"name", "cells": [[row, col, value, formula|null]],
"merges": ["A1:K1", ...], "widths": {"B": 16}}]}; rows and columns 1-based;
a cell with a formula is written as that formula, its value as the cached
result (XlsxWriter only).
"""
import json
import sys


def with_xlsxwriter(spec, dst):
    import xlsxwriter

    wb = xlsxwriter.Workbook(dst)
    for s in spec["sheets"]:
        ws = wb.add_worksheet(s["name"])
        merged = {}
        for ref in s.get("merges", []):
            merged[ref.split(":")[0]] = ref
        for row, col, value, formula in s["cells"]:
            ref = xlsxwriter.utility.xl_rowcol_to_cell(row - 1, col - 1)
            if ref in merged:
                ws.merge_range(merged.pop(ref), value)
            elif formula:
                ws.write_formula(row - 1, col - 1, formula, None, value)
            else:
                ws.write(row - 1, col - 1, value)
        for ref in merged.values():
            ws.merge_range(ref, None)
        for letter, width in s.get("widths", {}).items():
            ws.set_column(f"{letter}:{letter}", width)
    wb.close()


def with_openpyxl(spec, dst):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for s in spec["sheets"]:
        ws = wb.create_sheet(s["name"])
        for row, col, value, formula in s["cells"]:
            ws.cell(row=row, column=col, value=formula if formula else value)
        for ref in s.get("merges", []):
            ws.merge_cells(ref)
        for letter, width in s.get("widths", {}).items():
            ws.column_dimensions[letter].width = width
    wb.save(dst)


if __name__ == "__main__":
    lib, src, dst = sys.argv[1:4]
    spec = json.load(open(src, encoding="utf-8"))
    (with_xlsxwriter if lib == "xlsxwriter" else with_openpyxl)(spec, dst)
