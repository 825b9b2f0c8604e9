/**
 * A new year's empty workbook in the page: the year asked with the pane's
 * own YearField (the current year until changed), then the template's
 * worker writes what `appraise template --year Y --lang L` writes (L the
 * page's language) and the page offers it as a download.
 */
import { Button, MessageBar, MessageBarBody, Text, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import type { Lang } from "../../engine/types";
import { YearField } from "../../taskpane/components/YearField";
import { STRINGS } from "../../taskpane/strings/i18n";
import { save } from "./save";
import { WEB_STRINGS } from "./webStrings";
import { templateInWorker } from "./workers";

export function TemplateSection({ lang, className }: { readonly lang: Lang; readonly className: string }) {
  const web = WEB_STRINGS[lang];
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const download = async (): Promise<void> => {
    setBusy(true);
    setFailure(null);
    try {
      save(await templateInWorker(year, lang), web.templateName(year));
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className={className} aria-labelledby="template-heading" data-testid="template">
      <Subtitle2 as="h2" id="template-heading">
        {web.templateHeading}
      </Subtitle2>
      <Text>{web.templateIntro}</Text>
      <YearField strings={STRINGS[lang]} year={year} disabled={busy} onChange={setYear} />
      <div>
        <Button appearance="secondary" disabled={busy} data-testid="template-download" onClick={() => void download()}>
          {web.templateDownload(year)}
        </Button>
      </div>
      {failure !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{web.bug(failure)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
