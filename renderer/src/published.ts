// How the desk says what date it read from the published text: "read as 20 Nov 2024, 15:14 +01:00",
// from the ISO value the story stores, never from the reader's clock or time zone.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2})?(Z|[+-]\d{2}:\d{2})?)?$/;

/** The date read, as the editor checks it against the text: day, month, year, time, zone. */
export function readAs(iso: string | null): string {
  const m = iso === null ? null : ISO.exec(iso);
  if (!m) return 'no date read';
  const [, year, month, day, hour, minute, zone] = m;
  const date = `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
  if (hour === undefined) return `read as ${date}`;
  const where = zone === undefined ? ' (no time zone)' : zone === 'Z' ? ' UTC' : ` ${zone}`;
  return `read as ${date}, ${hour}:${minute}${where}`;
}
