// The search page. Everything it shows follows from its URL (state.js), so every view is a shareable link and the
// browser's back and forward restore it: a search with its controls (sort, dates, outlets, page size), a person's
// mentions, an article, or the start page. Text from the index is only ever set as textContent, except the
// snippets' `html`, which the API escapes completely apart from its <mark> elements.
import { panels } from './panels.js';
import { loadPeople, mentionsView } from './people.js';
import { articleView } from './article.js';
import { indexStats, startView } from './start.js';
import { numbers, addDays, fillMeta, loadOutlets, pageLink, queryDirection, queryEcho } from './format.js';
import { fetchJson } from './messages.js';
import { DEFAULTS, MAX_RESULT_WINDOW, linkFor, readLocation, searchParams } from './state.js';
import { fillHeadline } from './headline.js';
import { renderHelp } from './help.js';

const $ = (id) => document.getElementById(id);

let current = { ...DEFAULTS };
let latestRequest = 0;
let indexLastDay = null;

function clear() {
  $('error').hidden = true;
  $('summary').replaceChildren();
  $('help')?.remove();
  $('results').replaceChildren();
  $('pager').hidden = true;
  $('export').hidden = true;
  $('mentions-view').replaceChildren();
  $('article-view').replaceChildren();
  $('article-view').hidden = true;
  $('start-view').hidden = true;
  $('facets-panel').hidden = true;
}

function showError(error) {
  $('error').textContent = error.message;
  if (error.detail) $('error').title = error.detail;
  $('error').hidden = false;
  document.body.dataset.state = 'error';
}

function setControls(state) {
  $('q').value = state.q;
  $('q').dir = queryDirection(state.q);
  $('sort').value = state.sort;
  $('from').value = state.from;
  $('to').value = state.to;
  $('size').value = String(state.size);
}

function readControls() {
  return {
    ...DEFAULTS,
    q: $('q').value,
    sort: $('sort').value,
    from: $('from').value,
    to: $('to').value,
    size: Number($('size').value),
    sources: current.person || current.article ? [] : current.sources,
  };
}

function renderHit(hit, q) {
  const item = $('hit-template').content.firstElementChild.cloneNode(true);
  const title = pageLink(linkFor({ article: hit.id, q }), '');
  fillHeadline(title, hit);
  item.querySelector('.title').append(title);
  fillMeta(item.querySelector('.meta'), { source: hit.source, published: hit.published, url: hit.url, urlText: 'في موقع المصدر' });
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

function renderResults(state, data) {
  const listed = data.total + (data.partial_total ?? 0);
  const pages = Math.ceil(Math.min(listed, MAX_RESULT_WINDOW) / data.size);
  const summary = $('summary');
  if (listed === 0) {
    summary.append('لا نتائج للبحث عن ', queryEcho(state.q), '.');
  } else {
    if (data.partial_match) summary.append('لا مقالة فيها كل الكلمات؛ هذه مقالات فيها بعضها. ');
    summary.append(`عدد النتائج: ${numbers.format(data.total)}`);
    if (data.partial_from_rank) summary.append(`، وبعدها ${numbers.format(data.partial_total)} فيها بعض الكلمات`);
    summary.append(' للبحث عن ', queryEcho(state.q), ` (${numbers.format(data.took_ms)} ملّي ثانية)`);
    if (listed > MAX_RESULT_WINDOW) summary.append(`؛ تُعرض أول ${numbers.format(MAX_RESULT_WINDOW)} نتيجة`);
  }
  $('summary').after(renderHelp(data.help, state, linkFor));
  $('results').start = (data.page - 1) * data.size + 1;
  $('results').replaceChildren(...data.hits.flatMap((hit) =>
    hit.rank === data.partial_from_rank ? [partialDivider(), renderHit(hit, state.q)] : [renderHit(hit, state.q)]));
  $('pager').hidden = pages <= 1;
  $('prev').disabled = data.page <= 1;
  $('next').disabled = data.page >= pages;
  $('page-info').textContent = `الصفحة ${numbers.format(data.page)} من ${numbers.format(pages)}`;
  // The CSV holds the articles with all the words, or those with some when none has all (never both: it has no divider).
  const exported = data.partial_match ? data.partial_total : data.total;
  if (exported > 0) {
    $('csv-link').href = `/api/search.csv?${searchParams(state, { paged: false })}`;
    $('csv-link').textContent = 'تنزيل النتائج (CSV)';
    $('csv-note').textContent = exported > MAX_RESULT_WINDOW
      ? `أول ${numbers.format(MAX_RESULT_WINDOW)} نتيجة من ${numbers.format(exported)}`
      : `${numbers.format(exported)} نتيجة`;
    $('export').hidden = false;
  }
  document.body.dataset.state = 'results';
}

async function render(state) {
  current = state;
  setControls(state);
  clear();
  const request = ++latestRequest;
  const stale = () => request !== latestRequest;
  document.body.dataset.state = 'loading';
  try {
    if (state.article) {
      const { article, view } = await articleView(state);
      if (stale()) return;
      document.title = `${article.title} — بحث الأخبار`;
      $('article-view').replaceChildren(...view);
      $('article-view').hidden = false;
      document.body.dataset.state = 'article';
    } else if (state.person) {
      const { report, view } = await mentionsView(state);
      if (stale()) return;
      document.title = `${report.person?.name_ar ?? report.name} — بحث الأخبار`;
      $('mentions-view').replaceChildren(view);
      document.body.dataset.state = 'mentions';
    } else if (state.q.trim()) {
      document.title = `${state.q} — بحث الأخبار`;
      const data = await fetchJson('/api/search', searchParams(state));
      if (stale()) return;
      renderResults(state, data);
      for (const panel of panels) await panel.update(state, data, actions);
    } else {
      document.title = 'بحث الأخبار';
      const view = await startView();
      if (stale()) return;
      $('start-view').replaceChildren(...view);
      $('start-view').hidden = false;
      document.body.dataset.state = 'empty';
    }
  } catch (error) {
    if (!stale()) showError(error);
  }
}

function navigate(state) {
  history.pushState(null, '', linkFor(state));
  render(readLocation());
  window.scrollTo(0, 0);
}

const actions = {
  toggleSource(source) {
    const chosen = current.sources.some((s) => s.toLowerCase() === source.toLowerCase());
    const sources = chosen ? current.sources.filter((s) => s.toLowerCase() !== source.toLowerCase()) : [...current.sources, source];
    navigate({ ...current, sources, page: 1 });
  },
  pickDay(day) {
    navigate({ ...current, from: day, to: day, page: 1 });
  },
};

// The search box and the controls: a submit searches anew; a changed control re-runs the current search.
$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  navigate({ ...readControls(), page: 1 });
});
$('q').addEventListener('input', () => { $('q').dir = queryDirection($('q').value); });
for (const id of ['sort', 'from', 'to', 'size']) {
  $(id).addEventListener('change', () => {
    if ($('q').value.trim()) navigate({ ...readControls(), page: 1 });
  });
}
// Quick ranges end on the index's last day (not today: an archive may end years ago).
for (const button of document.querySelectorAll('button.quick')) {
  button.addEventListener('click', () => {
    const days = Number(button.dataset.days);
    const range = days === 0 || !indexLastDay ? { from: '', to: '' } : { from: addDays(indexLastDay, 1 - days), to: indexLastDay };
    $('from').value = range.from;
    $('to').value = range.to;
    if ($('q').value.trim()) navigate({ ...readControls(), page: 1 });
  });
}
$('prev').addEventListener('click', () => navigate({ ...current, page: current.page - 1 }));
$('next').addEventListener('click', () => navigate({ ...current, page: current.page + 1 }));

// Links inside the page are real addresses; a plain click follows them without reloading the page.
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-nav]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  history.pushState(null, '', link.href);
  render(readLocation());
  window.scrollTo(0, 0);
});
window.addEventListener('popstate', () => render(readLocation()));

async function start() {
  await loadOutlets();
  indexStats().then((stats) => { indexLastDay = stats.last_day; }, () => {});
  render(readLocation());
  loadPeople();
}

start();
