/**
 * An English count with its noun, singular for one: the pane said "1 units".
 * @example
 * plural(1, "unit") //=> "1 unit"
 * plural(45, "unit") //=> "45 units"
 */
export const plural = (n: number, noun: string, many = `${noun}s`): string => `${n} ${n === 1 ? noun : many}`;
