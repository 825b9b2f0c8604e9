/**
 * A run's recorded time (History and RunLog keep it as ISO 8601 in UTC, so
 * the record is the same whoever's clock wrote it) as the reader's local
 * "YYYY-MM-DD HH:mm", which is how an office worker reads a time. Text that
 * is not an ISO time (a History block typed by hand) is shown as it is.
 * `offsetMinutes` is the reader's offset east of UTC at that moment (this
 * machine's, unless given).
 * @example
 * localTime("2017-03-01T09:00:00.000Z", 480) //=> "2017-03-01 17:00" (China Standard Time)
 * localTime("三月一日") //=> "三月一日"
 */
export function localTime(recorded: string, offsetMinutes?: number): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(recorded)) return recorded;
  const at = new Date(recorded).getTime();
  if (Number.isNaN(at)) return recorded;
  const offset = offsetMinutes ?? -new Date(at).getTimezoneOffset();
  // Shifted by the offset and read in UTC: the local wall clock, whatever zone runs the code.
  const d = new Date(at + offset * 60_000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}
