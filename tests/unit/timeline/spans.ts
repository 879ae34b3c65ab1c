import { dayNumber } from '../../../src/lib/timeline/days.ts';
import type { AxisSpan } from '../../../src/lib/timeline/axis-segments.ts';

/** A date for the axis tests: ISO days, an estimate when `uncertain`. */
export const span = (start: string, end = start, uncertain = false): AxisSpan => ({
  start: dayNumber(start),
  end: dayNumber(end),
  uncertain,
});

/** The spans of the fixtures and bad inputs, each with its publication day. */
export const CASES: Record<string, { spans: AxisSpan[]; published: number }> = {
  'one event': { spans: [span('2023-09-07')], published: dayNumber('2023-09-08') },
  'one afternoon (all on one day)': {
    spans: Array.from({ length: 6 }, () => span('2025-03-11')),
    published: dayNumber('2025-03-11'),
  },
  'one week (the seed)': {
    spans: [
      span('2023-09-04', '2023-09-10'),
      span('2023-09-09'),
      span('2023-09-07'),
      span('2023-09-09'),
      span('2023-09-01', '2023-09-08', true),
      span('2023-09-04'),
      span('2023-09-10', '2023-09-13'),
      span('2023-08-09', '2023-09-08', true),
    ],
    published: dayNumber('2023-09-08'),
  },
  'three months': {
    spans: ['2024-06-10', '2024-07-19', '2024-08-21', '2024-09-11', '2024-09-11', '2024-09-30'].map((day) => span(day)),
    published: dayNumber('2024-09-12'),
  },
  '18 months': {
    spans: [
      span('2024-02-17'),
      span('2024-04-01', '2024-04-30'),
      span('2024-09-01', '2024-09-30'),
      span('2025-01-01', '2025-01-31'),
      span('2025-07-30'),
      span('2025-08-19'),
      span('2025-08-25'),
    ],
    published: dayNumber('2025-08-20'),
  },
  'a cluster and an outlier five years earlier': {
    spans: ['2019-03-14', '2024-05-13', '2024-05-15', '2024-05-16', '2024-05-16', '2024-05-21'].map((day) => span(day)),
    published: dayNumber('2024-05-17'),
  },
  '1970s to 2020s': {
    spans: [
      ...['1973', '1979', '1989', '1997', '2008', '2015', '2020', '2021'].map((year) =>
        span(`${year}-01-01`, `${year}-12-31`),
      ),
      ...['2023-06-29', '2023-06-30', '2023-07-02', '2023-07-03', '2023-07-10'].map((day) => span(day)),
    ],
    published: dayNumber('2023-06-30'),
  },
  '200 events': {
    spans: Array.from({ length: 200 }, (_, i) =>
      span(`2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`),
    ),
    published: dayNumber('2024-12-31'),
  },
  'a range of 30 years': {
    spans: [span('1990-01-01', '2019-12-31'), span('2023-09-04')],
    published: dayNumber('2023-09-08'),
  },
  '"this year" in the first week of January': {
    spans: [
      span('2024-12-23'),
      span('2024-12-24'),
      span('2025-01-01', '2025-12-31'),
      span('2025-01-02'),
      span('2025-01-06', '2025-01-08'),
      span('2025-01-10', '2025-01-12', true),
    ],
    published: dayNumber('2025-01-02'),
  },
};
