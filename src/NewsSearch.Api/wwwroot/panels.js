// Side panels that follow every search. A panel is an object { element, update(query, results) }:
// `element` is its <aside> in index.html, `update` is called after each successful search.
// The people panel (mention counts, running the mentions query on click) is registered here.
export const panels = [];
