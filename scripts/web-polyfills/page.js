/**
 * Polyfills for the web page (webpack.web.config.js puts this file first in
 * the page's bundle): what the page's code needs that Chromium 83, the oldest
 * engine we support, lacks. Each is installed only when missing, so current
 * browsers run their own.
 *
 *   WeakRef                  Chrome 84   tabster (Fluent UI's focus manager)
 *   :is(…) in selectors      Chrome 88   tabster's "focusable" selector, given to
 *                                        matches / closest / querySelector(All)
 *
 * The WeakRef stand-in holds its target strongly: on an old engine the
 * elements tabster tracks stay in memory until the page is closed, which for a
 * page that grades a few workbooks is harmless. The selector stand-in rewrites
 * one :is(A, B, …) with whatever follows it into "A…, B…" (tabster's selector
 * has no prefix), which selects the same elements.
 *
 * scripts/check-web-syntax.js checks the syntax; this list is checked against
 * the built file by test/web/compat.test.ts.
 */
"use strict";

const g = globalThis;

if (typeof g.WeakRef !== "function") {
  g.WeakRef = class WeakRef {
    constructor(target) {
      if (target === null || (typeof target !== "object" && typeof target !== "function")) throw new TypeError("WeakRef: target must be an object");
      this._target = target;
    }
    deref() {
      return this._target;
    }
  };
}

/** The top-level items of a selector list (commas inside brackets or parentheses are not separators). */
function splitList(list) {
  const items = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === "," && depth === 0) {
      items.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  items.push(list.slice(start).trim());
  return items;
}

/** A selector without :is(): each ":is(A, B)rest" becomes "A rest, B rest" (prefix kept), or the selector unchanged. */
function withoutIs(selector) {
  const at = selector.indexOf(":is(");
  if (at < 0) return selector;
  let depth = 0;
  let end = -1;
  for (let i = at + 3; i < selector.length; i++) {
    if (selector[i] === "(") depth++;
    else if (selector[i] === ")" && --depth === 0) {
      end = i;
      break;
    }
  }
  if (end < 0) return selector;
  const prefix = selector.slice(0, at);
  const rest = selector.slice(end + 1);
  return splitList(selector.slice(at + 4, end))
    .map((item) => withoutIs(prefix + item + rest))
    .join(", ");
}

function supportsIs(doc) {
  try {
    doc.querySelector(":is(a)");
    return true;
  } catch {
    return false;
  }
}

function patch(proto, name) {
  const original = proto && proto[name];
  if (typeof original !== "function") return;
  proto[name] = function (selector, ...rest) {
    return original.call(this, typeof selector === "string" ? withoutIs(selector) : selector, ...rest);
  };
}

if (typeof g.document !== "undefined" && !supportsIs(g.document)) {
  for (const name of ["matches", "closest", "querySelector", "querySelectorAll"]) patch(g.Element.prototype, name);
  for (const name of ["querySelector", "querySelectorAll"]) {
    patch(g.Document.prototype, name);
    patch(g.DocumentFragment.prototype, name);
  }
}

if (typeof module !== "undefined") module.exports = { withoutIs };
