import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeAnalysisMarks from '../../src/markdown/rehype-analysis-marks.ts';
import rehypeParagraphIds from '../../src/markdown/rehype-paragraph-ids.ts';
import { AnalysisSchema, type Analysis } from '../../src/schemas/analysis.ts';

const markdown = [
  'Kim told *Reuters* that “we will *go to* Moscow” in [Vladivostok](https://example.com).',
  '',
  'The *New York Times* reported it.',
].join('\n');
const first = 'Kim told Reuters that “we will go to Moscow” in Vladivostok.';
const second = 'The New York Times reported it.';
const P1 = 'p-kim-told-reuters-that-we';
const P2 = 'p-the-new-york-times-reported';

/** A span of `words` in a paragraph's text (the nth time they occur). */
const span = (paragraph: string, text: string, words: string) => {
  const start = text.indexOf(words);
  return { paragraph, start, end: start + words.length };
};
const entity = (id: string, name: string, kind: 'person' | 'media' | 'place', role?: string) => ({
  id,
  name,
  kind,
  registered: true,
  mentions: 1,
  ...(role ? { role } : {}),
});
const mention = (id: string, paragraph: string, text: string, words: string) => ({
  entity: id,
  text: words,
  span: span(paragraph, text, words),
});

// A hand-made analysis: a mention inside a quotation, a quotation across emphasis, a mention inside
// emphasis, one inside a link of the copy (skipped: no nested links) and one that would cross the end
// of an emphasis (skipped).
const analysis: Analysis = AnalysisSchema.parse({
  version: 1,
  published: '2023-09-08',
  paragraphs: [
    { id: P1, text: first, sentences: [{ start: 0, end: first.length }] },
    { id: P2, text: second, sentences: [{ start: 0, end: second.length }] },
  ],
  entities: [
    entity('kim-jong-un', 'Kim Jong Un', 'person', 'Supreme Leader of North Korea'),
    entity('reuters', 'Reuters', 'media'),
    entity('moscow', 'Moscow', 'place'),
    entity('vladivostok', 'Vladivostok', 'place'),
    entity('new-york-times', 'The New York Times', 'media'),
  ],
  mentions: [
    mention('kim-jong-un', P1, first, 'Kim'),
    mention('reuters', P1, first, 'Reuters'),
    mention('moscow', P1, first, 'Moscow'),
    mention('vladivostok', P1, first, 'Vladivostok'),
    mention('new-york-times', P2, second, 'The New York Times'),
    mention('new-york-times', P2, second, 'Times reported'),
  ],
  dates: [],
  quotes: [
    {
      id: 'quote-we-will-go-to',
      text: 'we will go to Moscow',
      speaker: { name: 'Kim Jong Un', entity: 'kim-jong-un' },
      paragraph: P1,
      span: span(P1, first, 'we will go to Moscow'),
      sentence: { paragraph: P1, start: 0, end: first.length },
      attribution: 'explicit',
    },
  ],
  events: [
    {
      id: 'event-2023-09-08-kim',
      summary: 'Kim tells Reuters he will go to Moscow',
      phrase: 'Friday',
      date: { start: '2023-09-08', end: '2023-09-08', precision: 'day', reason: 'by hand' },
      actors: ['kim-jong-un'],
      paragraph: P1,
      span: { paragraph: P1, start: 0, end: first.length },
      origin: 'editor',
    },
  ],
  warnings: [],
});

async function render(withMarks: boolean): Promise<{ html: string; tree: Root; file: VFile }> {
  let tree: Root | undefined;
  const processor = unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeParagraphIds)
    .use(() => (_: Root, file: VFile) => {
      file.data.analysis = analysis;
    });
  if (withMarks) processor.use(rehypeAnalysisMarks);
  processor.use(() => (node: Root) => {
    tree = node;
  });
  const file = await processor.use(rehypeStringify).process(markdown);
  return { html: String(file), tree: tree!, file };
}

function paragraphTexts(tree: Root): string[] {
  const texts: string[] = [];
  visit(tree, 'element', (node) => {
    if (node.tagName === 'p') texts.push(toString(node));
  });
  return texts;
}

// Expected HTML written by hand.
const expected = [
  `<div class="na-para"><p id="${P1}">`,
  '<a class="na-mention na-kind-person" href="#entity-kim-jong-un" data-entity="kim-jong-un" data-label="Kim Jong Un, Supreme Leader of North Korea" id="mention-kim-jong-un">Kim</a>',
  ' told <em><a class="na-mention na-kind-media" href="#entity-reuters" data-entity="reuters" data-label="Reuters, media" id="mention-reuters">Reuters</a></em>',
  ' that “<span class="na-quote" id="quote-we-will-go-to-text" data-quote="quote-we-will-go-to">we will <em>go to</em> ',
  '<a class="na-mention na-kind-place" href="#entity-moscow" data-entity="moscow" data-label="Moscow, place" id="mention-moscow">Moscow</a>',
  '</span>” in <a href="https://example.com">Vladivostok</a>.</p>',
  `<a class="na-pilcrow" href="#${P1}" aria-label="Copy link to this paragraph">¶</a>`,
  '<span class="na-para-events"><a class="na-para-event" href="#event-2023-09-08-kim" data-event="event-2023-09-08-kim">',
  '<span class="na-visually-hidden">On the timeline: </span>8 Sep</a></span></div>',
  '\n',
  `<div class="na-para"><p id="${P2}">`,
  '<a class="na-mention na-kind-media" href="#entity-new-york-times" data-entity="new-york-times" data-label="The New York Times, media" id="mention-new-york-times">The <em>New York Times</em></a>',
  ' reported it.</p>',
  `<a class="na-pilcrow" href="#${P2}" aria-label="Copy link to this paragraph">¶</a></div>`,
].join('');

describe('rehypeAnalysisMarks', () => {
  it('exports a plugin factory', () => {
    expect(typeof rehypeAnalysisMarks).toBe('function');
  });

  it('marks quotations, mentions (one inside the quotation) and events as written by hand', async () => {
    const { html } = await render(true);
    expect(html).toBe(expected);
  });

  it('leaves the text of every paragraph exactly as it was', async () => {
    const before = await render(false);
    const after = await render(true);
    expect(paragraphTexts(before.tree)).toEqual([first, second]);
    expect(paragraphTexts(after.tree)).toEqual(paragraphTexts(before.tree));
  });

  it('skips, with a message, a mention inside a link of the copy and one crossing an emphasis', async () => {
    const { file } = await render(true);
    expect(file.messages.map((message) => message.reason)).toEqual([
      `could not mark “Vladivostok” in ${P1}: it crosses an element or a link`,
      `could not mark “Times reported” in ${P2}: it crosses an element or a link`,
    ]);
  });

  it('marks nothing in a paragraph whose text the analysis does not match', async () => {
    const stale = { ...analysis, paragraphs: [{ ...analysis.paragraphs[0]!, text: 'Another text.' }] };
    const processor = unified()
      .use(remarkParse)
      .use(remarkRehype)
      .use(rehypeParagraphIds)
      .use(() => (_: Root, file: VFile) => {
        file.data.analysis = stale;
      })
      .use(rehypeAnalysisMarks, { eventMarkers: false })
      .use(rehypeStringify);
    const html = String(await processor.process(markdown));
    expect(html).not.toContain('na-mention');
    expect(html).not.toContain('na-para-events');
  });

  it('does nothing without an analysis', async () => {
    const html = String(
      await unified()
        .use(remarkParse)
        .use(remarkRehype)
        .use(rehypeParagraphIds)
        .use(rehypeAnalysisMarks)
        .use(rehypeStringify)
        .process(markdown),
    );
    expect(html).not.toMatch(/na-(mention|quote|para-events)/);
  });
});
