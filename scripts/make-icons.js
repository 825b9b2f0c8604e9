#!/usr/bin/env node
/**
 * Draws the add-in's icons as PNG files in assets/, with nothing but Node
 * (zlib for the PNG's deflate stream). Run it after changing the drawing:
 *
 *   node scripts/make-icons.js
 *
 * Two marks, both on a crimson rounded square:
 * - icon-N.png: three rising bars with a gold star over the tallest — the
 *   appraisal ranking (sizes 16, 32, 64, 80, 128; the manifest uses 16/32/80
 *   on the ribbon, 32 as IconUrl and 64 as HighResolutionIconUrl, which must be
 *   64×64 for task pane add-ins; 128 is for store listings).
 * - recompute-N.png: a circular arrow (sizes 16, 32, 80), for the ribbon's
 *   Recompute button, so the two buttons do not share one picture.
 *
 * Each pixel is sampled 8×8 times and the coverage blended, so the edges are
 * anti-aliased; the output is deterministic (same bytes on every run).
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const OUT_DIR = path.join(__dirname, "..", "assets");
const SUPERSAMPLE = 8;

const BACKGROUND = [0xb7, 0x1c, 0x1c]; // crimson
const WHITE = [0xff, 0xff, 0xff];
const GOLD = [0xff, 0xc8, 0x2e];

// ---------------------------------------------------------------- shapes
// Every shape is a predicate over unit coordinates: (0,0) top-left, (1,1)
// bottom-right of the icon.

function roundedRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function polygon(points) {
  return (x, y) => {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i];
      const [xj, yj] = points[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
}

function star(cx, cy, outer, inner) {
  const points = [];
  for (let k = 0; k < 10; k++) {
    const radius = k % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (k * Math.PI) / 5;
    points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
  }
  return polygon(points);
}

/** A ring segment from angle a0 to a1 (radians, clockwise from +x, y down). */
function arc(cx, cy, r, width, a0, a1) {
  return (x, y) => {
    const d = Math.hypot(x - cx, y - cy);
    if (Math.abs(d - r) > width / 2) return false;
    let a = Math.atan2(y - cy, x - cx);
    while (a < a0) a += 2 * Math.PI;
    return a <= a1;
  };
}

// ---------------------------------------------------------------- marks

/** Layers drawn in order: [predicate, colour]. Small sizes drop detail. */
function appMark(size) {
  const small = size < 24;
  const background = roundedRect(0, 0, 1, 1, 0.2);
  const base = small ? 0.82 : 0.84;
  const barWidth = small ? 0.18 : 0.16;
  const gap = small ? 0.07 : 0.08;
  const left = (1 - 3 * barWidth - 2 * gap) / 2;
  const heights = small ? [0.28, 0.44, 0.62] : [0.2, 0.31, 0.42];
  const layers = [[background, BACKGROUND]];
  heights.forEach((h, i) => {
    const x0 = left + i * (barWidth + gap);
    layers.push([roundedRect(x0, base - h, x0 + barWidth, base, small ? 0.02 : 0.025), i === 2 && small ? GOLD : WHITE]);
  });
  if (!small) {
    const tallest = left + 2 * (barWidth + gap) + barWidth / 2;
    layers.push([star(tallest, base - heights[2] - 0.14, 0.12, 0.05), GOLD]);
  }
  return layers;
}

function recomputeMark(size) {
  const small = size < 24;
  const cx = 0.5;
  const cy = 0.5;
  const r = small ? 0.25 : 0.26;
  const width = small ? 0.14 : 0.1;
  // The ring runs clockwise from −60° to 215° (y points down), leaving a gap
  // at the upper left; the arrowhead sits on the end, pointing along the ring.
  const start = (-60 * Math.PI) / 180;
  const end = (215 * Math.PI) / 180;
  const radial = [Math.cos(end), Math.sin(end)];
  const along = [-Math.sin(end), Math.cos(end)];
  const p = [cx + r * radial[0], cy + r * radial[1]];
  const head = small ? 0.2 : 0.16;
  const arrow = polygon([
    [p[0] + radial[0] * head, p[1] + radial[1] * head],
    [p[0] - radial[0] * head, p[1] - radial[1] * head],
    [p[0] + along[0] * head * 1.1, p[1] + along[1] * head * 1.1],
  ]);
  return [
    [roundedRect(0, 0, 1, 1, 0.2), BACKGROUND],
    [arc(cx, cy, r, width, start, end), WHITE],
    [arrow, small ? WHITE : GOLD],
  ];
}

// ---------------------------------------------------------------- raster

function render(size, layers) {
  const rgba = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          // The topmost layer covering the sample decides its colour.
          for (let k = layers.length - 1; k >= 0; k--) {
            if (layers[k][0](x, y)) {
              const c = layers[k][1];
              r += c[0];
              g += c[1];
              b += c[2];
              a += 1;
              break;
            }
          }
        }
      }
      const o = (py * size + px) * 4;
      // Colours are averaged over covered samples only (straight alpha).
      rgba[o] = a ? Math.round(r / a) : 0;
      rgba[o + 1] = a ? Math.round(g / a) : 0;
      rgba[o + 2] = a ? Math.round(b / a) : 0;
      rgba[o + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return rgba;
}

// ---------------------------------------------------------------- PNG

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[i] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes 8-bit RGBA pixels as a PNG (colour type 6, filter 0 on every row). */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------- main

const ICONS = [
  ...[16, 32, 64, 80, 128].map((size) => ({ name: `icon-${size}.png`, size, mark: appMark })),
  ...[16, 32, 80].map((size) => ({ name: `recompute-${size}.png`, size, mark: recomputeMark })),
];

fs.mkdirSync(OUT_DIR, { recursive: true });
for (const { name, size, mark } of ICONS) {
  const png = encodePng(size, render(size, mark(size)));
  fs.writeFileSync(path.join(OUT_DIR, name), png);
  console.log(`assets/${name}  ${size}×${size}  ${png.length} bytes`);
}
