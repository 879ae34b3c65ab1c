// A link to an anchor the editor has since mapped elsewhere (content/anchors/<slug>.json, "moved")
// goes on to the anchor's new place.
const data = document.getElementById('na-anchor-moves')?.textContent ?? '{}';
const moved = JSON.parse(data) as Record<string, string>;

function followMovedAnchor(): void {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = moved[id];
  if (target && !document.getElementById(id)) window.location.replace(`#${target}`);
}

followMovedAnchor();
window.addEventListener('hashchange', followMovedAnchor);

export {};
