// Side panels that follow every search. A panel is an object { update(search, results, page) }, called after
// each successful search with the search state (state.js), the /api/search answer, and the page's actions:
// toggleSource(name) and pickDay(day), each of which navigates to a shareable link.
// The people panel is not one of them: it lists the people once, whatever the search (see people.js).
import { facetsPanel } from './facets.js';

export const panels = [facetsPanel];
