// One written form for dates across the pane and the admin page, the Belgian one (04/12/2026, 04/12/2026 14:05),
// always in Brussels time: a worker abroad or a browser set to another zone still reads the date the record carries.
const zone = "Europe/Brussels";
const day = new Intl.DateTimeFormat("nl-BE", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: zone });
const time = new Intl.DateTimeFormat("nl-BE", { hour: "2-digit", minute: "2-digit", timeZone: zone });

/** A date, or the date part of an instant: 04/12/2026. Plain dates (2026-12-04) are read as that day, not as UTC midnight. */
export const formatDate = (iso: string) => day.format(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso));

/** An instant: 04/12/2026 14:05. */
export const formatDateTime = (iso: string) => {
  const at = new Date(iso);
  return `${day.format(at)} ${time.format(at)}`;
};
