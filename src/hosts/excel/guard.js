/* global window, document, Office, fetch */
/*
 * The task pane's guard, inlined into taskpane.html by webpack.config.js (ES5 only:
 * test/build.test.ts parses it with acorn, ecmaVersion 5). It runs after
 * Office.js and before the pane's scripts, so it still runs where they cannot:
 *
 * - an engine too old for the pane (Internet Explorer 11 "Trident" or Edge Legacy
 *   "EdgeHTML", which Office 2016/2019 volume-licensed use): the pane's scripts are
 *   ES2020 (optional chaining, `??`) with React 19, so they would not even parse and
 *   the pane would stay blank. The syntax is tested by compiling it, not by the
 *   user agent; where a Content-Security-Policy forbids compiling code, the
 *   built-ins the scripts need are tested instead;
 * - an Office without the API the manifest requires (ExcelApi and SharedRuntime,
 *   asked once Office.onReady fires).
 *
 * Either way it marks <html data-appraise-unsupported> (the pane's entry then
 * renders nothing) and shows, in Chinese and English, what works instead
 * (test/excel/guard.test.ts runs each cause in jsdom).
 * The required versions are the manifest's (test/build.test.ts checks).
 */
(function () {
  var REQUIRED = [
    ["ExcelApi", "1.9"],
    ["SharedRuntime", "1.1"]
  ];

  function syntaxOk() {
    try {
      new Function("var o = {}; return o?.a ?? (async () => [...[1]])");
      return true;
    } catch (e) {
      if (e instanceof SyntaxError) return false;
      // Compiling is forbidden (a CSP without 'unsafe-eval'): test the built-ins instead.
      return typeof globalThis !== "undefined" && typeof Object.fromEntries === "function" && typeof Promise.allSettled === "function";
    }
  }

  function engineOk() {
    return typeof Promise === "function" && typeof Symbol === "function" && typeof Map === "function" && typeof fetch === "function" && syntaxOk();
  }

  function missingSets() {
    var missing = [];
    var requirements = window.Office && Office.context && Office.context.requirements;
    for (var i = 0; i < REQUIRED.length; i++) {
      var ok = requirements && typeof requirements.isSetSupported === "function" && requirements.isSetSupported(REQUIRED[i][0], REQUIRED[i][1]);
      if (!ok) missing.push(REQUIRED[i][0] + " " + REQUIRED[i][1]);
    }
    return missing;
  }

  function paragraph(parent, text, tag) {
    var p = document.createElement(tag || "p");
    p.appendChild(document.createTextNode(text));
    parent.appendChild(p);
  }

  // Each cause's words, Chinese then English: a heading, the reason, and what it needs or
  // where it runs. "{sets}" in a reason is where the missing requirement sets go.
  var CANNOT_RUN = {
    zh: "此版本的 Office 无法运行“绩效考评”面板",
    en: "This version of Office cannot run the Appraise pane"
  };
  var NEEDS = {
    zh: "需要 Microsoft 365（Windows、Mac 或网页版）、Office 2021 / LTSC 2021 或 LTSC 2024 的 Excel。",
    en: "It needs Excel in Microsoft 365 (Windows, Mac or the web), Office 2021 / LTSC 2021 or LTSC 2024."
  };
  var WORDS = {
    outside: {
      zh: [
        "这是“绩效考评”Excel 加载项的面板，需要在 Excel 中打开",
        "原因：此页面不在 Office 中打开（例如直接用浏览器打开了加载项的地址），没有可评定的工作簿。",
        "在 Excel 中：开始 › 加载项，选择“绩效考评”。"
      ],
      en: [
        "This is the pane of Appraise's Excel add-in: open it in Excel",
        "Why: this page is not open in Office (its address was opened in a browser, say), so there is no workbook to grade.",
        "In Excel: Home › Add-ins, then choose Appraise."
      ]
    },
    engine: {
      zh: [CANNOT_RUN.zh, "原因：此 Office 用 Internet Explorer 或旧版 Edge 显示加载项，无法运行本面板。", NEEDS.zh],
      en: [CANNOT_RUN.en, "Why: this Office shows add-ins in Internet Explorer or Edge Legacy, which cannot run the pane.", NEEDS.en]
    },
    api: {
      zh: [CANNOT_RUN.zh, "原因：此 Office 缺少所需的 Excel 接口（{sets}）。", NEEDS.zh],
      en: [CANNOT_RUN.en, "Why: this Office lacks the Excel API the pane needs ({sets}).", NEEDS.en]
    }
  };
  var SETS_JOINED_BY = { zh: "、", en: ", " };

  // A cause's heading (h1 in Chinese, h2 in English), reason and next step.
  function words(box, cause, lang, heading) {
    var said = WORDS[cause][lang];
    paragraph(box, said[0], heading);
    paragraph(box, said[1].split("{sets}").join(cause === "api" ? missingSets().join(SETS_JOINED_BY[lang]) : ""));
    paragraph(box, said[2]);
  }

  function show(cause) {
    document.documentElement.setAttribute("data-appraise-unsupported", cause);
    var container = document.getElementById("container");
    if (container) container.style.display = "none";
    var box = document.createElement("div");
    box.id = "appraise-unsupported";
    box.setAttribute("role", "alert");
    box.style.cssText = "font-family: sans-serif; font-size: 14px; line-height: 1.5; padding: 12px; color: #242424";
    words(box, cause, "zh", "h1");
    paragraph(
      box,
      "可改用：浏览器页面 appraise.html（用 Chrome、Edge 或 Firefox 打开，不联网也能评定）；WPS 表格的考评加载项（如已提供）；或命令行 appraise score 工作簿.xlsx。向管理员索取。"
    );
    words(box, cause, "en", "h2");
    paragraph(
      box,
      "Use instead: the browser page appraise.html (open it in Chrome, Edge or Firefox; it grades offline); the WPS add-in, where your office provides one; or the command line, appraise score workbook.xlsx. Ask your administrator for them."
    );
    document.body.appendChild(box);
  }

  function whenBody(callback) {
    if (document.body) callback();
    else document.addEventListener("DOMContentLoaded", callback);
  }

  if (!engineOk()) {
    document.documentElement.setAttribute("data-appraise-unsupported", "engine");
    whenBody(function () {
      show("engine");
    });
    return;
  }
  if (window.Office && typeof Office.onReady === "function") {
    Office.onReady(function (info) {
      // Outside Office (the page's address opened in a browser) there is no host and no workbook: say where it runs.
      var cause = !info || !info.host ? "outside" : missingSets().length > 0 ? "api" : null;
      if (cause === null) return;
      document.documentElement.setAttribute("data-appraise-unsupported", cause);
      whenBody(function () {
        show(cause);
      });
    });
  }
})();
