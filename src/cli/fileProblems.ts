/**
 * Plain words for a file the command cannot use: what it is, and what to do
 * next, in both languages (openProblemText, shared with the web page, lives
 * beside the package adapter). File-system errors get their meaning, not
 * their code (`ENOENT` → "there is no such file").
 */
import type { Lang } from "../engine/types";

export { openProblemText } from "../workbook/xlsx/openProblemText";

type Text = Readonly<Record<Lang, string>>;

/** File-system error codes in plain words (Node's `error.code`). */
const FS_ERRORS: Readonly<Record<string, Text>> = {
  ENOENT: { zh: "没有这个文件或文件夹，请检查名称和位置", en: "there is no such file or folder; check the name and the folder" },
  EACCES: { zh: "没有权限（请检查文件或文件夹的权限）", en: "permission denied (check the file's or folder's permissions)" },
  EPERM: { zh: "操作系统不允许此操作（文件可能被锁定或为只读）", en: "the system does not allow it (the file may be locked or read-only)" },
  EISDIR: { zh: "这是文件夹，不是文件", en: "it is a folder, not a file" },
  ENOTDIR: { zh: "路径中的某一部分不是文件夹", en: "a part of the path is not a folder" },
  EROFS: { zh: "所在位置是只读的，请写到别处（用 --out 指定）", en: "the location is read-only; write somewhere else (name it with --out)" },
  ENOSPC: { zh: "磁盘空间不足", en: "the disk is full" },
  EDQUOT: { zh: "超出磁盘配额", en: "the disk quota is exceeded" },
  EBUSY: {
    zh: "文件正被其他程序使用（例如在 Excel 中打开着），请关闭后再试",
    en: "the file is in use by another program (open in Excel, perhaps); close it and retry",
  },
  EMFILE: { zh: "打开的文件太多，请稍后再试", en: "too many open files; retry in a moment" },
  ENAMETOOLONG: { zh: "文件名太长", en: "the file name is too long" },
  EEXIST: { zh: "文件已存在", en: "the file already exists" },
  EINVAL: { zh: "文件名无效", en: "the file name is not valid" },
};

/**
 * A file-system error in plain words; the code stays in brackets for whoever
 * helps the user.
 * @example
 * fsErrorText(Object.assign(new Error("x"), { code: "EACCES" }), "en") //=> "permission denied (check the file's or folder's permissions) [EACCES]"
 */
export function fsErrorText(error: unknown, lang: Lang): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && FS_ERRORS[code]) return `${FS_ERRORS[code][lang]} [${code}]`;
  return error instanceof Error ? error.message : String(error);
}
