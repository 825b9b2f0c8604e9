// jsdom lacks some browser globals that Node has; tests in the jsdom
// environment get them from Node.
if (typeof window !== "undefined") {
  // Fluent UI's MessageBar needs ResizeObserver.
  if (typeof window.ResizeObserver === "undefined") {
    window.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
  // The input fingerprint encodes text as UTF-8.
  const util = require("node:util");
  if (typeof globalThis.TextEncoder === "undefined") globalThis.TextEncoder = util.TextEncoder;
  if (typeof globalThis.TextDecoder === "undefined") globalThis.TextDecoder = util.TextDecoder;
}

// findBy…/waitFor wait for the DOM to change (a MutationObserver); the
// timeout is only the bound after which a test gives up. Testing Library's
// default of 1 s is shorter than a render of the whole pane on a loaded
// 2-core machine (seen: "正在连接 Excel…" still shown at 1 s), so the bound is
// raised; a test that passes does not wait longer.
if (typeof window !== "undefined") {
  require("@testing-library/dom").configure({ asyncUtilTimeout: 15000 });
}
