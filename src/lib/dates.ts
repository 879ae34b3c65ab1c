import { format, parseISO } from 'date-fns';

/** The publication day as the article gives it (`YYYY-MM-DD`), independent of the build machine's zone. */
export function publicationDay(published: string): string {
  return published.slice(0, 10);
}

/** A day for readers: "Fri 8 Sep 2023". */
export function formatDay(day: string): string {
  return format(parseISO(day), 'EEE d MMM yyyy');
}

/** A day for headers: "8 September 2023". */
export function formatLongDay(day: string): string {
  return format(parseISO(day), 'd MMMM yyyy');
}
