/**
 * The end-to-end page: the add-in's own page (src/taskpane/index.tsx, which
 * renders <App /> over createOfficePane: createPaneApi over createExcelPort
 * and the rest of the Office.js adapter, plus the ribbon command's module, as
 * the shared runtime loads them) with the fake Excel host in place of Office.
 * Built by webpack.e2e.config.js; served and driven by taskpane.e2e.test.ts.
 *
 * The imports run in order: the fake host is in place before the pane's
 * modules call Office.onReady.
 */
import "./installFake";
import "../../../src/hosts/excel/index";
import "../../../src/hosts/excel/commands";
