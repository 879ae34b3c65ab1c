import { describe, expect, it } from 'vitest';
import { pageHref, pageNav, paginate } from '../../src/lib/paging.ts';

describe('paging', () => {
  it('puts the first page at the list URL and the others under page/<n>/', () => {
    expect(pageHref('/entities/x/', 1)).toBe('/entities/x/');
    expect(pageHref('/entities/x/', 3)).toBe('/entities/x/page/3/');
  });

  it('cuts a list into pages with their links before and after', () => {
    const pages = paginate(
      '/',
      Array.from({ length: 61 }, (_, i) => i),
      30,
    );
    expect(pages.map((page) => [page.param, page.items.length, page.nav.prev, page.nav.next])).toEqual([
      [undefined, 30, undefined, '/page/2/'],
      ['page/2', 30, '/', '/page/3/'],
      ['page/3', 1, '/page/2/', undefined],
    ]);
  });

  it('names the first, the last and the pages either side of the current one', () => {
    expect(pageNav(7, 20, (n) => `/${n}`).pages.map((page) => page.number)).toEqual([1, 5, 6, 7, 8, 9, 20]);
    expect(pageNav(1, 2, (n) => `/${n}`).pages.map((page) => page.number)).toEqual([1, 2]);
  });

  it('makes one empty page of an empty list', () => {
    expect(paginate('/', [], 30)).toHaveLength(1);
  });
});
