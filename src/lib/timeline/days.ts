/** Whole days as integers (days since 1970-01-01, UTC), so that the axis never meets a time zone. */
const DAY_MS = 86_400_000;

/** "2023-09-08" → days since 1970-01-01. */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

/** Days since 1970-01-01 → "2023-09-08". */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Days since 1970-01-01 (fractions allowed: 0.5 is noon) → a UTC Date. */
export function dayDate(day: number): Date {
  return new Date(day * DAY_MS);
}

/** A UTC Date → days since 1970-01-01, with the fraction of the day. */
export function dateDay(date: Date): number {
  return date.getTime() / DAY_MS;
}
