/** Accessibility: axe-core (the npm package, pinned) run inside the page. */
import { readFileSync } from "node:fs";
import type { Frame, Page } from "playwright-core";

/**
 * The one axe finding we accept, a known false positive: Fluent's TabList
 * (through Tabster) puts focusable "dummy" sentinels (`<i tabindex="0"
 * aria-hidden="true" data-tabster-dummy>`) around focus groups so Tab can
 * leave them; axe's aria-hidden-focus rule flags a focusable element that is
 * aria-hidden. They receive focus only to pass it on at once.
 */
const KNOWN_FALSE_POSITIVE = { rule: "aria-hidden-focus", selector: "[data-tabster-dummy]" };
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * Runs axe-core (the npm package, pinned) in the page and expects no
 * violation but the known false positive (KNOWN_FALSE_POSITIVE). A page whose
 * Content-Security-Policy refuses inline scripts but its own (the web page,
 * issue 19) gets axe through the debugger instead of a <script> tag
 * (`inject: "evaluate"`), which the policy does not govern and which logs no
 * violation. A frame (the WPS task pane's) is checked the same way.
 */
export async function expectNoAxeViolations(page: Page | Frame, inject: "tag" | "evaluate" = "tag"): Promise<void> {
  if (inject === "tag") await page.addScriptTag({ content: AXE_SOURCE });
  else await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(`axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations.map((v) => ({
    id: v.id,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target.join(" "), html: n.html, known: document.querySelector(n.target.join(" "))?.matches(${JSON.stringify(KNOWN_FALSE_POSITIVE.selector)}) === true })),
  })))`)) as { id: string; help: string; nodes: { target: string; html: string; known: boolean }[] }[];
  const real = violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !(v.id === KNOWN_FALSE_POSITIVE.rule && n.known)) }))
    .filter((v) => v.nodes.length > 0);
  expect(real).toEqual([]);
}
