import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { SITE } from '../../site.ts';
import type { OgCard } from '../output/build-data.ts';

export type { OgCard };

/** Preview image size: what Open Graph and Twitter's large card expect. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/**
 * Rendered images are kept here between builds, named by the hash of what they show and of the code that
 * draws them. NA_CACHE_DIR (the build benchmark, the tests) moves it with Astro's cacheDir, so that a clean
 * benchmark build renders every image.
 */
export const OG_CACHE_DIR = join(process.env.NA_CACHE_DIR ?? join('node_modules', '.cache'), 'og-images');

/**
 * Whether the card's fonts (Latin subsets) can draw the text. satori cannot lay out right-to-left
 * scripts nor join Arabic letters either, so words in other scripts are described rather than drawn
 * as empty boxes; og:title and og:description still carry them.
 */
export function drawable(text: string): boolean {
  return /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]*$/u.test(text);
}

// satori takes ttf/otf/woff (not woff2); the fonts ship through npm.
const requireFromProject = createRequire(join(process.cwd(), 'package.json'));

/**
 * What the drawing depends on besides the card: the drawing code (this file), the site's name and the
 * versions of satori, resvg and the fonts. A cache from older code is never trusted: a change changes every key.
 */
export function drawingDigest(source: string | Uint8Array, versions: readonly string[]): string {
  return createHash('sha256').update(source).update(SITE.name).update(versions.join()).digest('hex');
}

const DRAWING_DIGEST = drawingDigest(
  readFileSync(new URL(import.meta.url)),
  ['satori', '@resvg/resvg-js', '@fontsource/inter', '@fontsource/source-serif-4'].map(
    (pkg) => `${pkg}@${JSON.parse(readFileSync(requireFromProject.resolve(`${pkg}/package.json`), 'utf8')).version}`,
  ),
);

/** The cache key of a card: what it shows and the code that draws it. */
export function ogCardKey(card: OgCard, drawing = DRAWING_DIGEST): string {
  return createHash('sha256').update(drawing).update(JSON.stringify(card)).digest('hex').slice(0, 32);
}

/** The cached image of a card, rendered or not. */
export function ogCachePath(card: OgCard): string {
  return join(OG_CACHE_DIR, `${ogCardKey(card)}.png`);
}
const font = (file: string) => readFileSync(requireFromProject.resolve(`@fontsource/${file}`));
let fonts: Parameters<typeof satori>[1]['fonts'] | undefined;
function loadFonts() {
  fonts ??= [
    {
      name: 'Serif',
      data: font('source-serif-4/files/source-serif-4-latin-400-normal.woff'),
      weight: 400,
      style: 'normal',
    },
    {
      name: 'Serif',
      data: font('source-serif-4/files/source-serif-4-latin-700-normal.woff'),
      weight: 700,
      style: 'normal',
    },
    { name: 'Sans', data: font('inter/files/inter-latin-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Sans', data: font('inter/files/inter-latin-700-normal.woff'), weight: 700, style: 'normal' },
  ];
  return fonts;
}

/** The PNG of a card, from the cache when the same card was rendered before; `rendered` says which. */
export async function ogImage(card: OgCard): Promise<{ png: Buffer; rendered: boolean; ms: number }> {
  const started = performance.now();
  const cached = ogCachePath(card);
  if (existsSync(cached)) return { png: readFileSync(cached), rendered: false, ms: performance.now() - started };
  const png = await renderCard(card);
  storeCachedImage(cached, png);
  return { png, rendered: true, ms: performance.now() - started };
}

/** Removes the temporary files of writes that a process ended in the middle of (see `storeCachedImage`). */
export function removeStaleTemporaries(): void {
  if (!existsSync(OG_CACHE_DIR)) return;
  for (const name of readdirSync(OG_CACHE_DIR)) {
    const path = join(OG_CACHE_DIR, name);
    if (name.endsWith('.tmp') && statSync(path).mtimeMs < Date.now() - 10 * 60_000) rmSync(path, { force: true });
  }
}

/** Writes a cached image under a temporary name first: a build killed mid-write never leaves half a PNG under its key. */
export function storeCachedImage(path: string, png: Uint8Array): void {
  mkdirSync(OG_CACHE_DIR, { recursive: true });
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, png);
  renameSync(temporary, path);
}

/** Renders a card without the cache: satori lays it out as SVG, resvg rasterises it. */
export async function renderCard(card: OgCard): Promise<Buffer> {
  const svg = await satori(cardTree(card), { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH } }).render().asPng();
}

/** A satori element: the shape of a React element, without React. */
interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: Node | string | (Node | string)[] };
}
const h = (type: string, style: Record<string, string | number>, children?: Node['props']['children']): Node => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

const INK = '#1d2430';
const MUTED = '#5a6472';
const ACCENT = '#b4441f';
const PAPER = '#faf7f2';
/** The card's width less its side padding. */
const TEXT_WIDTH = OG_WIDTH - 2 * 72;

function cardTree(card: OgCard): Node {
  const body = card.kind === 'article' ? articleBody(card) : quoteBody(card);
  return h(
    'div',
    {
      // Satori sizes the content box: the padding and border come on top.
      width: TEXT_WIDTH,
      height: OG_HEIGHT - 2 * 56 - 14,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '56px 72px',
      background: PAPER,
      borderTop: `14px solid ${ACCENT}`,
      color: INK,
      fontFamily: 'Sans',
    },
    [
      h(
        'div',
        { display: 'flex', fontSize: 28, fontWeight: 700, color: ACCENT, letterSpacing: 1 },
        SITE.name.toUpperCase(),
      ),
      body,
      footer(card),
    ],
  );
}

function articleBody(card: Extract<OgCard, { kind: 'article' }>): Node {
  const title = drawable(card.title) ? card.title : `An article in ${card.language}`;
  const size = title.length > 90 ? 52 : 64;
  return h(
    'div',
    { display: 'flex', width: TEXT_WIDTH, fontFamily: 'Serif', fontWeight: 700, fontSize: size, lineHeight: 1.15 },
    clamp(title, 160),
  );
}

function quoteBody(card: Extract<OgCard, { kind: 'quote' }>): Node {
  const text = drawable(card.text) ? `“${clamp(card.text, 260)}”` : `A quotation in ${card.language}`;
  const size = text.length > 180 ? 40 : text.length > 100 ? 48 : 58;
  return h('div', { display: 'flex', flexDirection: 'column', width: TEXT_WIDTH }, [
    h('div', { display: 'flex', fontFamily: 'Serif', fontSize: size, lineHeight: 1.25 }, text),
    ...(drawable(card.speaker)
      ? [
          h(
            'div',
            { display: 'flex', marginTop: 28, fontSize: 30, fontWeight: 700, color: INK },
            `— ${clamp(card.speaker, 90)}`,
          ),
        ]
      : []),
  ]);
}

function footer(card: OgCard): Node {
  const line =
    card.kind === 'article'
      ? [card.outlet, card.date].filter(drawable).join(' · ')
      : drawable(card.article)
        ? `From “${card.article}”`
        : '';
  return h('div', { display: 'flex', width: TEXT_WIDTH, fontSize: 26, color: MUTED }, clamp(line, 95));
}

function clamp(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
