/**
 * The 备注 of a unit's row, phrase by phrase: what the import recognises
 * (a veto in one of the plan's areas, a number of city notices, a spot-check
 * deduction, a bonus's reason) and what it does not, which is reported, never
 * dropped in silence.
 */

/** The plan's veto areas (SPEC section 2, Vetoes). */
export const VETO_AREAS = ["党风廉政建设", "社会治安综合治理", "计划生育", "环境保护", "安全生产", "其他重大损失"] as const;

export type NotePhrase =
  | { readonly kind: "veto"; readonly area: string | null; readonly text: string }
  | { readonly kind: "notice"; readonly count: number; readonly text: string }
  | { readonly kind: "spotCheck"; readonly points: number; readonly text: string }
  | { readonly kind: "bonus"; readonly text: string }
  | { readonly kind: "unread"; readonly text: string };

const CHINESE_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** A count written in digits or as one Chinese numeral. */
const countOf = (text: string): number => CHINESE_DIGITS[text] ?? Number(text);

/**
 * One phrase of a note.
 * @example
 * readPhrase("安全生产一票否决") //=> { kind: "veto", area: "安全生产", text: "安全生产一票否决" }
 * readPhrase("市政府通报1次") //=> { kind: "notice", count: 1, text: "市政府通报1次" }
 * readPhrase("察访核验扣1.5分") //=> { kind: "spotCheck", points: 1.5, text: "察访核验扣1.5分" }
 */
export function readPhrase(text: string): NotePhrase {
  if (/一票否决/.test(text)) return { kind: "veto", area: VETO_AREAS.find((a) => text.includes(a)) ?? null, text };
  const notice = /通报(?:批评)?\s*([\d]+|[一二两三四五六七八九十])\s*[次项起]/.exec(text);
  if (notice) return { kind: "notice", count: countOf(notice[1]), text };
  const spot = /察访(?:核验)?.*?扣\s*(\d+(?:\.\d+)?)\s*分/.exec(text);
  if (spot) return { kind: "spotCheck", points: Number(spot[1]), text };
  if (/加分|表彰|奖励|创新|争优/.test(text)) return { kind: "bonus", text };
  return { kind: "unread", text };
}

/**
 * A note split into phrases at ；;，,、 and line breaks.
 * @example
 * readNote("安全生产一票否决；市政府通报1次").map((p) => p.kind) //=> ["veto", "notice"]
 */
export function readNote(note: string): NotePhrase[] {
  return note
    .split(/[；;，,、\n\r]+/)
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map(readPhrase);
}
