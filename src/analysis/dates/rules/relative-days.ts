/**
 * Days named from the publication day: today, tonight, yesterday, tomorrow, "this morning", "last night".
 */
import { addDays } from 'date-fns';
import { quote, resolved, showDay } from '../calendar.ts';
import { type Candidate, groups, each, lower, DAY_LEAD, leadIn, push, P } from './shared.ts';

// ---- Relative days, weeks, months, years --------------------------------------------------------

const DAYWORD = new RegExp(
  String.raw`\b(?:(?<edge>earlier|later|early|late)\s+)?(?:(?<w>today|tonight|yesterday|tomorrow)|the\s+day\s+(?<w2>before\s+yesterday|after\s+tomorrow))(?:\s+(?<part>morning|afternoon|evening|night))?(?![\p{L}\p{N}])`,
  'giud',
);

export function ruleDayWord(text: string, out: Candidate[]): void {
  each(DAYWORD, text, (m) => {
    const g = groups(m);
    const w = g['w'];
    if (w && !g['edge'] && /^(?:Today|Tonight|TODAY|TONIGHT)$/.test(w)) {
      // Capitalized inside a sentence it is a name ("USA Today", "the Today show").
      const before = text.slice(0, m.index).trimEnd();
      if (before && !/[“"‘'(—–:]$/.test(before)) return;
    }
    if (
      w &&
      /^\s+(?:show|programme|program|newspaper)\b/i.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 12),
      ) &&
      /^T/.test(w)
    )
      return;
    const key = lower(w ?? g['w2']);
    const offset =
      key === 'yesterday'
        ? -1
        : key === 'tomorrow'
          ? 1
          : key === 'before yesterday'
            ? -2
            : key === 'after tomorrow'
              ? 2
              : 0;
    const start = leadIn(text, m.index, DAY_LEAD);
    push(
      out,
      start,
      m.index + m[0].length,
      (ctx, phrase) => {
        const d = addDays(ctx.pub, offset);
        const rel =
          offset === 0
            ? 'the publication date'
            : offset === -1
              ? 'the day before the publication date'
              : offset === 1
                ? 'the day after the publication date'
                : `${Math.abs(offset)} days ${offset < 0 ? 'before' : 'after'} the publication date`;
        return resolved(
          d,
          d,
          'day',
          `${quote(phrase)}: ${rel}${offset === 0 ? '' : ` (${P(ctx.pub)})`}, ${showDay(d)}`,
        );
      },
      { dayWord: true },
    );
  });
}

const PARTDAY = /\b(?<rel>this|last)\s+(?<part>morning|afternoon|evening|night)(?![\p{L}\p{N}])/giu;

export function rulePartOfDay(text: string, out: Candidate[]): void {
  each(PARTDAY, text, (m) => {
    const g = groups(m);
    const rel = lower(g['rel']);
    const part = lower(g['part']);
    if (rel === 'last' && part !== 'night' && part !== 'evening') return;
    const offset = rel === 'last' ? -1 : 0;
    push(out, m.index, m.index + m[0].length, (ctx, phrase) => {
      const d = addDays(ctx.pub, offset);
      return resolved(
        d,
        d,
        'day',
        `${quote(phrase)}: ${offset ? 'the evening before the publication date' : 'the publication date'}, ${showDay(d)}`,
      );
    });
  });
}
