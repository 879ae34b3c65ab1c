import { describe, expect, it } from 'vitest';
import { withMovedAnchors } from '../../../src/lib/share/moved-anchors.ts';

describe('moved anchors in the HTML', () => {
  it('put an empty element with the old id first inside the element with the new id', () => {
    const html = '<ol><li id="event-new" class="na-event" data-label="a > b"><p>Text</p></li></ol>';
    expect(withMovedAnchors(html, { 'event-old': 'event-new' })).toBe(
      '<ol><li id="event-new" class="na-event" data-label="a > b"><span id="event-old" class="na-moved-anchor"></span><p>Text</p></li></ol>',
    );
  });

  it('leave out a mapping whose new element is absent, or whose old id is still there', () => {
    const html = '<p id="p-a">A</p><p id="p-b">B</p>';
    expect(withMovedAnchors(html, { 'p-x': 'p-missing', 'p-a': 'p-b' })).toBe(html);
  });
});
