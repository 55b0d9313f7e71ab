// Side panels that follow every search. A panel is an object { update(query, results, page) }, called after
// each successful search with the query, the /api/search answer, and page.search(q), which runs a new search
// (as a shareable link). The people panel (mention counts; a click runs the mentions query) is registered
// here and fills <aside id="people-panel"> in index.html.
export const panels = [];
