/**
 * Who runs, as the run lock records it for the other co-authors' panes.
 * Excel's Office.js gives an add-in no user name (Office.context.userProfile
 * belongs to Outlook's Mailbox API; the signed-in identity needs single
 * sign-on and a server), so the label is the kind of Excel it runs in
 * (Office.context.diagnostics.platform) and a short id of this page, the
 * same for the page's life: enough to tell "another co-author" from "this
 * pane, earlier".
 */

const PLATFORMS: Readonly<Record<string, readonly [string, string]>> = {
  OfficeOnline: ["Excel 网页版", "Excel on the web"],
  PC: ["Windows 版 Excel", "Excel on Windows"],
  Mac: ["Mac 版 Excel", "Excel on Mac"],
};

/** This page's id, made once. */
const PAGE_ID = Math.random().toString(36).slice(2, 6);

/**
 * The label in both languages, for messages in either.
 * @example
 * paneLabel("OfficeOnline", "3f9a") //=> "Excel 网页版 / Excel on the web · 3f9a"
 */
export function paneLabel(platform: string | undefined = officePlatform(), id = PAGE_ID): string {
  const [zh, en] = PLATFORMS[platform ?? ""] ?? ["Excel", "Excel"];
  return `${zh} / ${en} · ${id}`;
}

function officePlatform(): string | undefined {
  if (typeof Office === "undefined") return undefined;
  const platform: unknown = Office.context?.diagnostics?.platform;
  return typeof platform === "string" ? platform : undefined;
}
