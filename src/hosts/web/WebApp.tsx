/**
 * The page: choose or drop a workbook, it is graded at once in the worker,
 * the results show with the pane's own components (with, for a workbook
 * graded before, the units changed since the last run and the hand edits
 * found in its Results), and the graded copy is offered for download. A
 * file that is not a workbook gets the command line's reason and next step.
 * Below: a new year's empty workbook, and verify.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, Text, Title2, tokens } from "@fluentui/react-components";
import { useState, type DragEvent } from "react";
import type { Lang } from "../../engine/types";
import type { RunPhase } from "../../workbook/runAppraisal";
import { ChangesNotice } from "../../taskpane/components/ChangesNotice";
import { HandEditNotice } from "../../taskpane/components/HandEditNotice";
import { Headline } from "../../taskpane/components/Headline";
import { RecordNotice } from "../../taskpane/components/RecordNotice";
import { RunProgress } from "../../taskpane/components/RunProgress";
import { RunSummary } from "../../taskpane/components/RunSummary";
import { STRINGS } from "../../taskpane/strings/i18n";
import { FilePicker } from "./FilePicker";
import { PrintPaperwork } from "./PrintPaperwork";
import { save } from "./save";
import { TemplateSection } from "./TemplateSection";
import { VerifySection } from "./VerifySection";
import { gradedName, WEB_STRINGS } from "./webStrings";
import { gradeInWorker, type PageGraded } from "./workers";

const useStyles = makeStyles({
  root: { maxWidth: "960px", margin: "0 auto", padding: tokens.spacingHorizontalXXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalXXL,
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalL,
  },
  tool: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalL,
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
  },
});

type View =
  | { readonly kind: "idle" }
  | { readonly kind: "running"; readonly phase: RunPhase | "starting" }
  | { readonly kind: "graded"; readonly name: string; readonly graded: Extract<PageGraded, { ok: true }> }
  | { readonly kind: "refused"; readonly name: string; readonly reason: Readonly<Record<Lang, string>> }
  | { readonly kind: "failed"; readonly message: string };

type GradedView = Extract<View, { kind: "graded" }>;

/**
 * What the workbook held before this run, as the pane shows it: the units
 * changed since the last run (ChangesNotice), the cells of its Results
 * edited by hand and a broken record (HandEditNotice, RecordNotice: the
 * audit of the workbook as it came). Nothing for a workbook graded the
 * first time.
 */
function SinceLastRun({ lang, view }: { readonly lang: Lang; readonly view: GradedView }) {
  const { result, written, changes, audit } = view.graded;
  const web = WEB_STRINGS[lang];
  // The pane's words, but for the page: it has no Recompute; the copy, when one was written, holds the results written again.
  const strings = { ...STRINGS[lang], handEditBody: web.handEditBody(written), handEditHistoryBody: web.handEditHistoryBody(written) };
  return (
    <>
      {written && <ChangesNotice lang={lang} strings={strings} changes={changes} decimals={result.decimals} />}
      {audit !== null && <HandEditNotice lang={lang} strings={strings} audit={audit} />}
      {audit !== null && <RecordNotice lang={lang} strings={strings} audit={audit} />}
    </>
  );
}

function Outcome({ lang, view }: { readonly lang: Lang; readonly view: View }) {
  const strings = STRINGS[lang];
  const web = WEB_STRINGS[lang];
  if (view.kind === "running") return <RunProgress strings={strings} phase={view.phase} />;
  if (view.kind === "refused")
    return (
      <MessageBar intent="error" data-testid="refused">
        <MessageBarBody>{web.notWorkbook(view.name) + view.reason[lang]}</MessageBarBody>
      </MessageBar>
    );
  if (view.kind === "failed")
    return (
      <MessageBar intent="error">
        <MessageBarBody>{web.bug(view.message)}</MessageBarBody>
      </MessageBar>
    );
  if (view.kind !== "graded") return null;
  const { result, written, copy } = view.graded;
  return (
    <>
      <Headline lang={lang} strings={strings} result={result} written={written} stale={false} />
      {copy !== null ? (
        <div>
          <Button appearance="primary" data-testid="download" onClick={() => save(copy, gradedName(view.name))}>
            {web.download}
          </Button>
          <Text block size={200}>
            {web.stays}
          </Text>
        </div>
      ) : (
        <MessageBar intent="warning">
          <MessageBarBody>{web.notWritten}</MessageBarBody>
        </MessageBar>
      )}
      <SinceLastRun lang={lang} view={view} />
      <PrintPaperwork lang={lang} plans={view.graded.print} />
      <RunSummary lang={lang} strings={strings} result={result} written={written} />
    </>
  );
}

export function WebApp({ lang }: { readonly lang: Lang }) {
  const styles = useStyles();
  const web = WEB_STRINGS[lang];
  const [view, setView] = useState<View>({ kind: "idle" });
  const grade = async (file: File): Promise<void> => {
    setView({ kind: "running", phase: "starting" });
    try {
      const graded = await gradeInWorker(await file.arrayBuffer(), lang, (phase) => setView({ kind: "running", phase }));
      setView(graded.ok ? { kind: "graded", name: file.name, graded } : { kind: "refused", name: file.name, reason: graded.reason });
    } catch (e) {
      setView({ kind: "failed", message: e instanceof Error ? e.message : String(e) });
    }
  };
  const onDrop = (event: DragEvent): void => {
    event.preventDefault();
    const file = event.dataTransfer.files[0];
    if (file) void grade(file);
  };
  return (
    <main className={styles.root}>
      <Title2 as="h1">{web.title}</Title2>
      <Text>{web.intro}</Text>
      <div className={styles.drop} onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
        <FilePicker label={web.choose} testId="file" appearance="primary" disabled={view.kind === "running"} onFile={(file) => void grade(file)} />
        <Text>{web.drop}</Text>
      </div>
      <Outcome lang={lang} view={view} />
      <TemplateSection lang={lang} className={styles.tool} />
      <VerifySection lang={lang} className={styles.tool} />
    </main>
  );
}
