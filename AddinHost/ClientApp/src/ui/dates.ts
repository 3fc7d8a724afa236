// One written form for dates across the pane and the admin page, the Belgian one (04/12/2026, 04/12/2026 14:05),
// always in Brussels time: a worker abroad or a browser set to another zone still reads the date the record carries.
const zone = "Europe/Brussels";
const day = new Intl.DateTimeFormat("nl-BE", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: zone });
const time = new Intl.DateTimeFormat("nl-BE", { hour: "2-digit", minute: "2-digit", timeZone: zone });

// The wall clock in Brussels, field by field (two digits each): for today's date and for Brussels' offset from UTC.
const clock = new Intl.DateTimeFormat("en", {
  year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone,
});
const wallClock = (at: Date | number) => Object.fromEntries(clock.formatToParts(at).map((p) => [p.type, p.value]));

/**
 * Today in Brussels as yyyy-MM-dd: the day the host checks consent, withdrawal and end dates against (BrusselsClock).
 * Not the browser's own day: a device set to UTC is still "yesterday" for the first hour or two after midnight in
 * Belgium, and one set ahead of Belgium would offer a date the host refuses as being in the future.
 */
export function todayInBrussels(now = new Date()): string {
  const p = wallClock(now);
  return `${p.year}-${p.month}-${p.day}`;
}

/** How far Brussels' wall clock is ahead of UTC at this instant, in milliseconds (an hour in winter, two in summer). */
function brusselsOffset(at: number): number {
  const p = wallClock(at);
  return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute) - Math.floor(at / 60_000) * 60_000;
}

/**
 * A wall time a worker typed (a datetime-local value, 2026-12-01T14:05) as the instant it names in Brussels, which is
 * how every time is written back to them; the device's own zone would shift it by an hour or more.
 */
export function brusselsWallTimeToIso(local: string): string {
  const wall = Date.parse(`${local.length === 16 ? `${local}:00` : local}Z`);
  // Twice: the offset belongs to the instant, which the first guess may put on the other side of a clock change.
  const first = wall - brusselsOffset(wall);
  return new Date(wall - brusselsOffset(first)).toISOString();
}

/** A date, or the date part of an instant: 04/12/2026. Plain dates (2026-12-04) are read as that day, not as UTC midnight. */
export const formatDate = (iso: string) => day.format(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso));

/** An instant: 04/12/2026 14:05. */
export const formatDateTime = (iso: string) => {
  const at = new Date(iso);
  return `${day.format(at)} ${time.format(at)}`;
};
