const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Midnight UTC of a YYYY-MM-DD real calendar day, in ms; undefined otherwise. Checked by
 * arithmetic rather than by formatting a Date back: this runs for every date fact of
 * every entity. Years below 100 are refused, as `Date.UTC` would read them as 19xx.
 */
export function isoDateMs(text: string): number | undefined {
  const trimmed = text.trim();
  const match = ISO_DATE.exec(trimmed);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 100 || month < 1 || month > 12) return undefined;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return Date.UTC(year, month - 1, day);
}

/** Parses YYYY-MM-DD as a real calendar day (rejects 2026-02-31). */
export function parseIsoDate(text: string): Date | undefined {
  const ms = isoDateMs(text);
  return ms === undefined ? undefined : new Date(ms);
}
