// A share page exists for link previews; a person goes straight on to the element in the article.
// The meta refresh does the same without JavaScript; this is quicker and keeps the share page out of history.
const destination = document.querySelector<HTMLAnchorElement>('a[data-share-destination]');
if (destination) window.location.replace(destination.href);

export {};
