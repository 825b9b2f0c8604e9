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
