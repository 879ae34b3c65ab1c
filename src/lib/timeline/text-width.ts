/**
 * Advance widths of printable ASCII (U+0020–U+007E) in thousandths of an em, measured in Chromium from DejaVu Sans
 * (what `system-ui` resolves to on the Debian machines here). DejaVu Sans is wider than the system fonts of macOS,
 * Windows and Android (San Francisco, Segoe UI, Roboto), so a layout that fits these widths fits theirs.
 */
const REGULAR = [
  318, 401, 460, 838, 637, 951, 780, 275, 391, 391, 500, 838, 318, 361, 318, 337, 637, 637, 637, 637, 637, 637, 637,
  637, 637, 637, 337, 337, 838, 838, 838, 531, 1000, 685, 687, 699, 771, 632, 576, 775, 752, 295, 295, 656, 558, 863,
  749, 788, 604, 788, 695, 635, 611, 732, 685, 989, 686, 611, 686, 391, 337, 391, 838, 500, 500, 613, 635, 550, 635,
  616, 353, 635, 634, 278, 278, 580, 278, 975, 634, 612, 635, 635, 412, 521, 393, 634, 592, 818, 592, 592, 525, 637,
  337, 637, 838,
];
const BOLD = [
  349, 457, 521, 838, 696, 1002, 873, 307, 458, 458, 523, 838, 380, 416, 380, 366, 696, 696, 696, 696, 696, 696, 696,
  696, 696, 696, 400, 400, 838, 838, 838, 581, 1000, 774, 763, 734, 831, 684, 684, 821, 837, 373, 373, 775, 638, 996,
  837, 851, 733, 851, 771, 721, 683, 813, 774, 1104, 771, 725, 726, 458, 366, 458, 838, 500, 500, 675, 716, 593, 716,
  679, 436, 716, 712, 343, 343, 666, 343, 1042, 712, 688, 716, 716, 494, 596, 479, 712, 652, 924, 646, 652, 583, 712,
  366, 712, 838,
];
/** Typographic punctuation outside ASCII, in thousandths of an em (regular, bold). */
const PUNCTUATION: Readonly<Record<string, readonly [number, number]>> = {
  '“': [519, 658],
  '”': [519, 658],
  '‘': [318, 380],
  '’': [318, 380],
  '–': [500, 500],
  '—': [1000, 1000],
  '…': [1000, 1000],
  '⋯': [1000, 1000],
};
/** Headroom over the measured widths, for hinting and rounding in other renderers. */
const MARGIN = 1.04;

/** Width of one line of text in em of its font size: regular (400) or bold (700) weight. */
export function textWidthEm(text: string, weight: 400 | 700 = 400): number {
  const table = weight === 700 ? BOLD : REGULAR;
  let thousandths = 0;
  for (const char of text) thousandths += charWidth(char, table, weight);
  return (thousandths / 1000) * MARGIN;
}

function charWidth(char: string, table: readonly number[], weight: 400 | 700): number {
  const code = char.codePointAt(0)!;
  if (code >= 32 && code < 127) return table[code - 32]!;
  const punctuation = PUNCTUATION[char];
  if (punctuation) return punctuation[weight === 700 ? 1 : 0];
  // A Latin letter with a diacritic is as wide as its base letter; anything else (CJK, emoji) a full em.
  const base = char.normalize('NFD').codePointAt(0)!;
  return base >= 32 && base < 127 ? table[base - 32]! : 1000;
}
