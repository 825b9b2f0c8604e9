/**
 * The page's second Web Worker: a new year's empty workbook, built by the
 * very code `appraise template --year Y --lang L` runs
 * (workbook/exceljs/templateWorkbook.ts, with ExcelJS). ExcelJS is most of
 * this worker's size, so it has a worker of its own: the page parses it
 * only when a template is asked for, never to grade.
 */
import { templateWorkbook } from "../../workbook/exceljs/templateWorkbook";
import type { FromTemplateWorker, ToTemplateWorker } from "./messages";

const post = (message: FromTemplateWorker, transfer: Transferable[] = []): void => (self as unknown as Worker).postMessage(message, transfer);

self.onmessage = (event: MessageEvent<ToTemplateWorker>) => {
  const { year, lang } = event.data;
  templateWorkbook(lang, year)
    .xlsx.writeBuffer()
    .then(
      (buffer) => {
        const bytes = new Uint8Array(buffer as ArrayBuffer);
        post({ type: "template", bytes }, [bytes.buffer]);
      },
      (e: unknown) => post({ type: "failed", message: e instanceof Error ? e.message : String(e) }),
    );
};
