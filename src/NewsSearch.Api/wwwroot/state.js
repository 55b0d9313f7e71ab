// What the page shows is all in its URL, so every view is a shareable link and back/forward restore it:
//   ?q=&page=&size=&sort=&from=&to=&source=…   a search (source repeatable)
//   ?person=ID&page=                            a person's mentions
//   ?article=ID&q=                              one article, the query's matches marked
export const SIZES = [10, 20, 50, 100];
export const SORTS = ['relevance', 'date', 'date-asc'];
export const MAX_RESULT_WINDOW = 1000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const DEFAULTS = Object.freeze({
  q: '', page: 1, size: 10, sort: 'relevance', from: '', to: '', sources: [], person: '', article: '',
});

export function readLocation(search = location.search) {
  const params = new URLSearchParams(search);
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  const size = Number.parseInt(params.get('size') ?? '10', 10);
  const sort = params.get('sort') ?? 'relevance';
  const day = (name) => (DAY.test(params.get(name) ?? '') ? params.get(name) : '');
  return {
    q: params.get('q') ?? '',
    page: page >= 1 ? page : 1,
    size: SIZES.includes(size) ? size : DEFAULTS.size,
    sort: SORTS.includes(sort) ? sort : DEFAULTS.sort,
    from: day('from'),
    to: day('to'),
    sources: params.getAll('source'),
    person: params.get('person') ?? '',
    article: params.get('article') ?? '',
  };
}

// The page's own link for a view: only what differs from the defaults.
export function linkFor(view) {
  const state = { ...DEFAULTS, ...view };
  const params = new URLSearchParams();
  if (state.article) {
    params.set('article', state.article);
    if (state.q) params.set('q', state.q);
    return `/?${params}`;
  }
  if (state.person) {
    params.set('person', state.person);
    if (state.page > 1) params.set('page', state.page);
    return `/?${params}`;
  }
  if (state.q) params.set('q', state.q);
  for (const source of state.sources) params.append('source', source);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort !== DEFAULTS.sort) params.set('sort', state.sort);
  if (state.size !== DEFAULTS.size) params.set('size', state.size);
  if (state.page > 1) params.set('page', state.page);
  return `/?${params}`;
}

// The parameters of /api/search (and /api/search.csv, which takes all but page and size) for a search.
export function searchParams(state, { paged = true } = {}) {
  const params = new URLSearchParams({ q: state.q });
  if (paged) {
    params.set('page', state.page);
    params.set('size', state.size);
  }
  for (const source of state.sources) params.append('source', source);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort !== DEFAULTS.sort) params.set('sort', state.sort);
  return params;
}
