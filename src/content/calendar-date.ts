// The date rule shared by the article contract and the API's date filters: a real calendar day, written YYYY-MM-DD.

export const ISO_DATE_FORM = /^\d{4}-\d{2}-\d{2}$/;

/**
 * True for a real calendar day written YYYY-MM-DD: the form of an article's
 * date and of the API's date filters, which compare these strings directly.
 *
 * @example isCalendarDate('2023-02-30') === false
 */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE_FORM.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
