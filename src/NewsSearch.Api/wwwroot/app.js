// The search page: reads ?q=, ?page= and ?source= (repeatable) so every search is a shareable link, calls
// /api/search and renders the hits; ?person=ID shows that person's mentions instead (people.js).
// Text from the index is only ever set as textContent, except the snippets' Text from the index is only ever set as textContent, except the snippets'
// `html`, which the API escapes completely apart from its <mark> elements.
import { panels } from './panels.js';
import { loadPeople, renderMentions } from './people.js';

const PAGE_SIZE = 10;
const MAX_RESULT_WINDOW = 1000;
const numbers = new Intl.NumberFormat('ar');
const dates = new Intl.DateTimeFormat('ar', { dateStyle: 'long' });
const $ = (id) => document.getElementById(id);

let current = { q: '', page: 1, sources: [], person: '' };
let latestRequest = 0;

function readLocation() {
  const params = new URLSearchParams(location.search);
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    q: params.get('q') ?? '',
    page: page >= 1 ? page : 1,
    sources: params.getAll('source'),
    person: params.get('person') ?? '',
  };
}

function linkFor({ q, page, sources = [], person = '' }) {
  if (person) return `/?${new URLSearchParams({ person })}`;
  const params = new URLSearchParams({ q });
  for (const source of sources) params.append('source', source);
  if (page > 1) params.set('page', page);
  return `/?${params}`;
}

async function fetchJson(path, params) {
  const response = await fetch(`${path}?${params}`, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(problemMessage(body, response.status));
  return body;
}

function fetchResults({ q, page, sources }) {
  const params = new URLSearchParams({ q, page, size: PAGE_SIZE });
  for (const source of sources) params.append('source', source);
  return fetchJson('/api/search', params);
}

function problemMessage(problem, status) {
  const first = problem?.errors ? Object.values(problem.errors).flat()[0] : null;
  return first ?? problem?.detail ?? problem?.title ?? `HTTP ${status}`;
}

function clear() {
  $('error').hidden = true;
  $('summary').textContent = '';
  $('results').replaceChildren();
  $('pager').hidden = true;
  $('mentions-view').replaceChildren();
  $('facets-panel').hidden = true;
}

function showError(message) {
  // The message (from the API, often in English) is isolated so its direction does not reorder the Arabic.
  const detail = document.createElement('bdi');
  detail.textContent = message;
  $('error').replaceChildren('تعذّر البحث: ', detail);
  $('error').hidden = false;
  document.body.dataset.state = 'error';
}

// Only http(s) addresses become links: a stored `javascript:` URL must not.
function webLink(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function renderHit(hit) {
  const item = $('hit-template').content.firstElementChild.cloneNode(true);
  const title = item.querySelector('.title');
  const href = webLink(hit.url);
  if (href) {
    const link = document.createElement('a');
    link.href = href;
    link.rel = 'noopener noreferrer';
    link.textContent = hit.title;
    title.append(link);
  } else {
    title.textContent = hit.title;
  }
  const published = hit.published ? dates.format(new Date(hit.published)) : '';
  item.querySelector('.meta').textContent = [hit.source, published].filter(Boolean).join(' · ');
  for (const snippet of hit.snippets) {
    const passage = document.createElement('p');
    passage.className = 'snippet';
    passage.innerHTML = snippet.html;
    item.querySelector('.snippets').append(passage);
  }
  return item;
}

// Articles with only some of the words (from data.partial_from_rank on) follow those with all of them under a divider.
function partialDivider() {
  const divider = document.createElement('li');
  divider.className = 'partial-divider';
  divider.setAttribute('role', 'separator');
  divider.setAttribute('aria-label', 'مقالات فيها بعض الكلمات');
  divider.textContent = 'مقالات فيها بعض الكلمات';
  return divider;
}

function renderResults(data) {
  const listed = data.total + data.partial_total;
  const pages = Math.ceil(Math.min(listed, MAX_RESULT_WINDOW) / data.size);
  const partial = data.partial_match ? 'لا مقالة فيها كل الكلمات؛ هذه مقالات فيها بعضها. ' : '';
  const some = data.partial_from_rank ? `، وبعدها ${numbers.format(data.partial_total)} فيها بعض الكلمات` : '';
  $('summary').textContent = listed === 0
    ? 'لا نتائج لهذا البحث.'
    : `${partial}عدد النتائج: ${numbers.format(data.total)}${some} (${numbers.format(data.took_ms)} ملّي ثانية)`;
  $('results').start = (data.page - 1) * data.size + 1;
  $('results').replaceChildren(...data.hits.flatMap((hit) =>
    hit.rank === data.partial_from_rank ? [partialDivider(), renderHit(hit)] : [renderHit(hit)]));
  $('pager').hidden = pages <= 1;
  $('prev').disabled = data.page <= 1;
  $('next').disabled = data.page >= pages;
  $('page-info').textContent = `الصفحة ${numbers.format(data.page)} من ${numbers.format(pages)}`;
  document.body.dataset.state = 'results';
}

async function show(search) {
  current = search;
  $('q').value = search.q;
  clear();
  if (search.person) {
    showMentions(search.person);
    return;
  }
  if (!search.q.trim()) {
    document.body.dataset.state = 'empty';
    return;
  }
  document.title = `${search.q} — بحث الأخبار`;
  const request = ++latestRequest;
  try {
    const data = await fetchResults(search);
    if (request !== latestRequest) return;
    renderResults(data);
    for (const panel of panels) panel.update(search, data, actions);
  } catch (error) {
    if (request === latestRequest) showError(error.message);
  }
}

async function showMentions(person) {
  const request = ++latestRequest;
  try {
    const report = await fetchJson('/api/mentions', new URLSearchParams({ person }));
    if (request !== latestRequest) return;
    document.title = `${report.person?.name_ar ?? report.name} — بحث الأخبار`;
    $('mentions-view').replaceChildren(renderMentions(report));
    document.body.dataset.state = 'mentions';
  } catch (error) {
    if (request === latestRequest) showError(error.message);
  }
}

function toggleSource(source) {
  const chosen = current.sources.some((s) => s.toLowerCase() === source.toLowerCase());
  const sources = chosen ? current.sources.filter((s) => s.toLowerCase() !== source.toLowerCase()) : [...current.sources, source];
  navigate({ q: current.q, page: 1, sources });
}

const actions = {
  search: (q) => navigate({ q, page: 1, sources: [] }),
  toggleSource,
  showPerson: (person) => navigate({ q: '', page: 1, sources: [], person }),
};

function navigate(search) {
  history.pushState(null, '', linkFor(search));
  show(search);
  window.scrollTo(0, 0);
}

$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  navigate({ q: $('q').value, page: 1, sources: current.person ? [] : current.sources });
});
$('prev').addEventListener('click', () => navigate({ ...current, page: current.page - 1 }));
$('next').addEventListener('click', () => navigate({ ...current, page: current.page + 1 }));
window.addEventListener('popstate', () => show(readLocation()));

show(readLocation());
loadPeople(actions);
