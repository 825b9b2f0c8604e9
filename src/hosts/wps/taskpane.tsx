/**
 * taskpane.html's script: the pane (./paneStart.tsx) in its #container.
 */
import { startPane } from "./paneStart";

const container = document.getElementById("container");
if (container === null) throw new Error("taskpane.html has no #container element");
startPane(container);
