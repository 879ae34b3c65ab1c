// Where a build's time went, read from its log: Astro's setup and content sync, its page generation by kind
// of route, and the output step's parts (share pages and preview images, the search index, the commit).
// The build benchmark prints it next to each build's wall time.

/** The kinds of routes the site generates, by path; the first match names a path. */
const ROUTE_KINDS: readonly [string, RegExp][] = [
  ['article pages', /^\/articles\/[^/]+\/index\.html$/],
  ['analysis JSON', /^\/articles\/[^/]+\/analysis\.json$/],
  ['build data', /^\/build-data\//],
  ['entity pages', /^\/entities\/[^/]+\/(?:page\/\d+\/)?index\.html$/],
  ['timeline pages', /^\/timeline\//],
];

/** One kind of route: how many paths were rendered, how many copied from the last build, and the render time. */
export interface RouteKindTime {
  kind: string;
  rendered: number;
  reused: number;
  ms: number;
}

/** One part of the output step (`[output] <part>: … in 1.2 s`), with its line. */
export interface OutputPart {
  part: string;
  seconds: number;
  line: string;
}

/** A build's phases, in seconds (undefined when the log does not say). */
export interface BuildPhases {
  setup?: number | undefined;
  pages?: number | undefined;
  routes: RouteKindTime[];
  output: OutputPart[];
}

/** One path of Astro's "generating static routes" list: its render time, or none when it was copied from the last build. */
export interface BuiltRoute {
  path: string;
  ms?: number | undefined;
}

/** Every path Astro's log lists: "├─ /a/index.html (+9ms)" was rendered, "(restored)" or "(cached)" copied. */
export function builtRoutes(log: string): BuiltRoute[] {
  return [...log.matchAll(/[├└]─ (\S+) (?:\(\+([\dms. ]+)\)|\((?:restored|cached)\))/g)].map((match) => ({
    path: match[1]!,
    ms: match[2] === undefined ? undefined : (astroSeconds(match[2]) ?? 0) * 1000,
  }));
}

/** Reads a build's log: Astro's phases, its routes by kind, and the output step's parts. */
export function buildPhases(log: string): BuildPhases {
  const seconds = (pattern: RegExp) => {
    const match = pattern.exec(log);
    return match ? astroSeconds(match[1]!) : undefined;
  };
  const routes = new Map<string, RouteKindTime>();
  for (const route of builtRoutes(log)) {
    const kind = ROUTE_KINDS.find(([, pattern]) => pattern.test(route.path))?.[0] ?? 'other pages';
    const entry = routes.get(kind) ?? { kind, rendered: 0, reused: 0, ms: 0 };
    if (route.ms === undefined) entry.reused++;
    else {
      entry.rendered++;
      entry.ms += route.ms;
    }
    routes.set(kind, entry);
  }
  return {
    // Astro's first "Completed" closes "Collecting build info" (the content sync runs before it).
    setup: seconds(/\[build\] ✓ Completed in ([\dms. ]+?)\.?[ \t]*$/m),
    // The page generation's own line carries no tag.
    pages: seconds(/^\S+ ✓ Completed in ([\dms. ]+?)\.?[ \t]*$/m),
    routes: [...routes.values()].sort((a, b) => b.ms - a.ms),
    output: [...log.matchAll(/^\[output\] (.+?)(?::| \d).* in ([\d.]+) s$/gm)].map((match) => ({
      part: match[1]!.replace(/^published$/, 'publish'),
      seconds: Number(match[2]),
      line: match[0].slice('[output] '.length),
    })),
  };
}

/** Astro's durations: "812ms", "3.84s", "1m 33s"; also "1.4 s". */
function astroSeconds(text: string): number | undefined {
  const match = /^(?:(\d+)m )?([\d.]+) ?(ms|s)$/.exec(text.trim());
  if (!match) return undefined;
  const value = Number(match[2]) / (match[3] === 'ms' ? 1000 : 1);
  return Number(match[1] ?? 0) * 60 + value;
}

/** One line: "setup and content 3.8 s · pages 19.0 s (article pages 400 × 3.1 ms, …) · articles 9.5 s · …". */
export function formatPhases(phases: BuildPhases): string {
  const s = (value: number | undefined) => (value === undefined ? '?' : `${value.toFixed(1)} s`);
  const routes = phases.routes
    .map(({ kind, rendered, reused, ms }) => {
      const made = rendered > 0 ? `${rendered} × ${(ms / rendered).toFixed(1)} ms` : '';
      const copied = reused > 0 ? `${reused} copied` : '';
      return `${kind} ${[made, copied].filter(Boolean).join(', ')}`;
    })
    .join('; ');
  const output = phases.output.map(({ part, seconds }) => ` · ${part} ${s(seconds)}`).join('');
  return `setup and content ${s(phases.setup)} · pages ${s(phases.pages)} (${routes})${output}`;
}
