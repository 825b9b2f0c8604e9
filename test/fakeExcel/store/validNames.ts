/** What Excel accepts as a sheet name or a defined (or table) name; names compare without case. */
import { invalidArgument } from "../errors";

export const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw invalidArgument(`"${name}" is not a valid sheet name.`);
  }
}

export function checkDefinedName(name: string): void {
  const valid = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]$/.test(name);
  if (!valid || name.length > 255) throw invalidArgument(`"${name}" is not a valid name.`);
}
