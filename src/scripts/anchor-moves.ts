// A link to an anchor the editor has since mapped elsewhere (content/anchors/<slug>.json, "moved")
// goes on to the anchor's new place (without JavaScript, the old id's empty element there is the target).
const data = document.getElementById('na-anchor-moves')?.textContent ?? '{}';
const moved = JSON.parse(data) as Record<string, string>;

function followMovedAnchor(): void {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = moved[id];
  const element = document.getElementById(id);
  if (target && (!element || element.classList.contains('na-moved-anchor'))) window.location.replace(`#${target}`);
}

followMovedAnchor();
window.addEventListener('hashchange', followMovedAnchor);

export {};
