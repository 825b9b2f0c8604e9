/**
 * Printing without LibreOffice: the 考评通报 and the 反馈单 of the graded
 * copy as print pages in the page itself (print/printHtml.ts: A4 portrait,
 * one page wide, a page per letter), shown below the page and handed to the
 * browser's own print dialog (打印, or Save as PDF). While printing, a
 * @media print rule hides everything but the print view. The plans are the
 * ones the worker laid out for the copy, so the paper says what the copy's
 * print sheets say. No script and no request: HTML and inline styles only.
 */
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import type { Lang } from "../../engine/types";
import { PRINT_CSS, PRINT_ROOT_CLASS, printHtml } from "../../workbook/print/printHtml";
import type { LazyPlans } from "./workers";

const WORDS = {
  zh: {
    print: "打印考评通报和反馈单",
    again: "打印",
    close: "关闭打印预览",
    how: "在浏览器的打印对话框中选择打印机，或选择“另存为 PDF”。纸张：A4 纵向；每份反馈单一页。",
  },
  en: {
    print: "Print the notice and letters",
    again: "Print",
    close: "Close the print view",
    how: "In the browser's print dialog choose a printer, or Save as PDF. Paper: A4 portrait; one page per feedback letter.",
  },
} as const;

/** While printing, only the print view; on screen, its controls above the pages. */
const PAGE_CSS = `${PRINT_CSS}
@media print{body{margin:0;background:#fff}body>:not(.${PRINT_ROOT_CLASS}){display:none!important}.${PRINT_ROOT_CLASS} .ap-screen-only{display:none!important}}
@media screen{.${PRINT_ROOT_CLASS}{background:#e8e8e8;padding:12px 0}}`;

const useStyles = makeStyles({
  controls: {
    display: "flex",
    gap: tokens.spacingHorizontalM,
    alignItems: "center",
    justifyContent: "center",
    flexWrap: "wrap",
    padding: tokens.spacingVerticalM,
  },
});

function PrintView({ lang, plans, onClose }: { readonly lang: Lang; readonly plans: LazyPlans; readonly onClose: () => void }) {
  const styles = useStyles();
  const words = WORDS[lang];
  return createPortal(
    <div className={PRINT_ROOT_CLASS} data-testid="print-view">
      <style>{PAGE_CSS}</style>
      <div className={`ap-screen-only ${styles.controls}`}>
        <Button appearance="primary" onClick={() => window.print()}>
          {words.again}
        </Button>
        <Button onClick={onClose}>{words.close}</Button>
        <Text>{words.how}</Text>
      </div>
      <div dangerouslySetInnerHTML={{ __html: printHtml(plans()) }} />
    </div>,
    document.body,
  );
}

/** The print button and, once pressed, the print view; nothing when the run wrote no paperwork. */
export function PrintPaperwork({ lang, plans }: { readonly lang: Lang; readonly plans: LazyPlans | null }) {
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    if (asked > 0) window.print();
  }, [asked]);
  if (plans === null) return null;
  return (
    <>
      <div>
        <Button data-testid="print" onClick={() => setAsked((n) => n + 1)}>
          {WORDS[lang].print}
        </Button>
      </div>
      {asked > 0 ? <PrintView lang={lang} plans={plans} onClose={() => setAsked(0)} /> : null}
    </>
  );
}
