"""Writes the demo's input tables (each on its own sheet from A1, as Appraise
does) into a macro-enabled workbook that also holds what a real office's
record holds and a file library might drop: a chart, cell comments, an image,
a form control (a button) and a VBA project. Used by
test/cli/packageCopy.test.ts, which adds a pivot table to it.

    python3 xlsxwriter_rich.py tables.json vbaProject.bin out.xlsm

tables.json as for xlsxwriter_tables.py.
"""
import datetime
import json
import struct
import sys
import zlib

import xlsxwriter


def png(width, height, rgb):
    """A small one-colour PNG, so the test needs no image file."""
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def main(src, vba, dst):
    import io
    tables = json.load(open(src, encoding="utf-8"))
    wb = xlsxwriter.Workbook(dst, {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False})
    wb.add_vba_project(vba)
    date_format = wb.add_format({"num_format": "yyyy-mm-dd"})
    sheets = {}
    for t in tables:
        ws = wb.add_worksheet(t["zh"])
        sheets[t["name"]] = ws
        rows = t["rows"] or [[None] * len(t["headers"])]
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if isinstance(value, dict):
                    ws.write_datetime(r + 1, c, datetime.datetime.strptime(value["date"], "%Y-%m-%d"), date_format)
                elif isinstance(value, bool):
                    ws.write_boolean(r + 1, c, value)
                elif isinstance(value, (int, float)):
                    ws.write_number(r + 1, c, value)
                elif isinstance(value, str):
                    ws.write_string(r + 1, c, value)
        ws.add_table(0, 0, len(rows), len(t["headers"]) - 1, {"name": t["name"], "columns": [{"header": h} for h in t["headers"]]})

    units = sheets["Units"]
    units.write_comment("A2", "复核：名称以编办文件为准")
    units.write_comment("B2", "类别见考评方案附件1")
    units.insert_button("E2", {"macro": "Recalc", "caption": "重新计算", "width": 96, "height": 28})
    units.insert_image("E5", "seal.png", {"image_data": io.BytesIO(png(8, 8, (200, 30, 30)))})

    chart_sheet = wb.add_worksheet("图表")
    satisfaction = sheets["Satisfaction"]
    count = len(next(t for t in tables if t["name"] == "Satisfaction")["rows"])
    chart = wb.add_chart({"type": "column"})
    chart.add_series({"name": "公众评议", "categories": [satisfaction.name, 1, 0, count, 0], "values": [satisfaction.name, 1, 1, count, 1]})
    chart.set_title({"name": "公众评议得分"})
    chart_sheet.insert_chart("B2", chart)
    wb.add_worksheet("透视")
    wb.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
