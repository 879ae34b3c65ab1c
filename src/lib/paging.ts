/** One page of a paged list: where it is, where the others are. */
export interface PageNav {
  /** From 1. */
  number: number;
  count: number;
  href: string;
  /** The page before and after it, when there is one (also `<link rel="prev|next">`). */
  prev: string | undefined;
  next: string | undefined;
  /** The pages the pager names: the first, the last and the two either side of this one, in order. */
  pages: { number: number; href: string }[];
}

/** A paged list's page: its route parameter (`undefined` for the first page, `page/<n>` after), its items, its nav. */
export interface Paged<T> {
  param: string | undefined;
  items: T[];
  nav: PageNav;
}

/** The URL of page `n` of the list at `base` (which ends with a slash): `base` itself, then `base` + `page/<n>/`. */
export function pageHref(base: string, n: number): string {
  return n === 1 ? base : `${base}page/${n}/`;
}

/** The rest parameter of page `n` in a `[...page]` route. */
export function pageParam(n: number): string | undefined {
  return n === 1 ? undefined : `page/${n}`;
}

/** The navigation of page `number` of `count` pages, each at `hrefOf(n)`. */
export function pageNav(number: number, count: number, hrefOf: (n: number) => string): PageNav {
  const shown = [...new Set([1, number - 2, number - 1, number, number + 1, number + 2, count])]
    .filter((n) => n >= 1 && n <= count)
    .sort((a, b) => a - b);
  return {
    number,
    count,
    href: hrefOf(number),
    prev: number > 1 ? hrefOf(number - 1) : undefined,
    next: number < count ? hrefOf(number + 1) : undefined,
    pages: shown.map((n) => ({ number: n, href: hrefOf(n) })),
  };
}

/** `items` cut into pages of `size` (one empty page when there are none), the first at `base`. */
export function paginate<T>(base: string, items: readonly T[], size: number): Paged<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    param: pageParam(i + 1),
    items: items.slice(i * size, (i + 1) * size),
    nav: pageNav(i + 1, count, (n) => pageHref(base, n)),
  }));
}
