/**
 * Polyfills for the web page's worker (webpack.web.config.js puts this file
 * first in the worker's bundle): the built-ins the worker's code calls that
 * Chromium 83, the oldest engine we support, lacks. Each is installed only
 * when missing, so current browsers run their own.
 *
 *   Object.hasOwn            Chrome 93   src/engine (the workbook's named values)
 *   Array.prototype.at       Chrome 92   src/workbook/xlsx (the XML reader's element stack)
 *
 * scripts/check-web-syntax.js checks the syntax; this list is checked against
 * the built file by test/web/compat.test.ts.
 */
"use strict";

function define(target, name, value) {
  if (typeof target[name] !== "function") Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

define(Object, "hasOwn", function hasOwn(object, key) {
  if (object === null || object === undefined) throw new TypeError("Object.hasOwn called on null or undefined");
  return Object.prototype.hasOwnProperty.call(Object(object), key);
});

define(Array.prototype, "at", function at(index) {
  const length = this.length >>> 0;
  let i = Math.trunc(index) || 0;
  if (i < 0) i += length;
  return i < 0 || i >= length ? undefined : this[i];
});
