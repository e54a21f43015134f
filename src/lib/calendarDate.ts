/** Whether `2026-02-30`-style text names a day that exists: a regex alone lets impossible dates through. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isCalendarDate(iso: string): boolean {
  if (!ISO_DATE.test(iso)) return false;
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
