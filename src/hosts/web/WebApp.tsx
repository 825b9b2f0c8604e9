/**
 * The page: choose or drop a workbook, it is graded at once in the worker,
 * the results show with the pane's own components, and the graded copy is
 * offered for download. A file that is not a workbook gets the command
 * line's reason and next step.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, Text, Title2, tokens } from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";
import type { Lang } from "../../engine/types";
import type { RunPhase } from "../../workbook/runAppraisal";
import { Headline } from "../../taskpane/components/Headline";
import { RunProgress } from "../../taskpane/components/RunProgress";
import { RunSummary } from "../../taskpane/components/RunSummary";
import { STRINGS } from "../../taskpane/strings/i18n";
import { gradeInWorker, type PageGraded } from "./gradeInWorker";
import { PrintPaperwork } from "./PrintPaperwork";
import { gradedName, WEB_STRINGS } from "./webStrings";

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
  hidden: { display: "none" },
});

type View =
  | { readonly kind: "idle" }
  | { readonly kind: "running"; readonly phase: RunPhase | "starting" }
  | { readonly kind: "graded"; readonly name: string; readonly graded: Extract<PageGraded, { ok: true }> }
  | { readonly kind: "refused"; readonly name: string; readonly reason: Readonly<Record<Lang, string>> }
  | { readonly kind: "failed"; readonly message: string };

function save(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
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
      <PrintPaperwork lang={lang} plans={view.graded.print} />
      <RunSummary lang={lang} strings={strings} result={result} written={written} />
    </>
  );
}

export function WebApp({ lang }: { readonly lang: Lang }) {
  const styles = useStyles();
  const web = WEB_STRINGS[lang];
  const [view, setView] = useState<View>({ kind: "idle" });
  const input = useRef<HTMLInputElement>(null);
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
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept=".xlsx,.xlsm"
          aria-label={web.choose}
          data-testid="file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void grade(file);
          }}
        />
        <Button appearance="primary" disabled={view.kind === "running"} onClick={() => input.current?.click()}>
          {web.choose}
        </Button>
        <Text>{web.drop}</Text>
      </div>
      <Outcome lang={lang} view={view} />
    </main>
  );
}
