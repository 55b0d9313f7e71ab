// The people panel (everyone on the people list with their mention count, each a link to ?person=ID) and the
// mentions view it opens: the timeline per day and per outlet, then a page of articles with each mention's
// sentence marked; every title links to the article view. Sentences are the API's `html`, escaped completely apart
// from <mark>; everything else is textContent.
import { dayChart } from './charts.js';
import { countOf, fillMeta, headedSection, numbers, outlet, pageLink } from './format.js';
import { fetchJson } from './messages.js';
import { linkFor } from './state.js';
import { fillHeadline } from './headline.js';

export const MENTIONS_PAGE_SIZE = 20;

export async function loadPeople() {
  const panel = document.getElementById('people-panel');
  let people;
  try {
    people = await fetchJson('/api/people');
  } catch {
    return [];
  }
  const heading = document.createElement('h2');
  heading.textContent = 'الأشخاص';
  panel.replaceChildren(heading, peopleList(people));
  panel.hidden = false;
  return people;
}

export function peopleList(people) {
  const list = document.createElement('ul');
  list.className = 'people';
  for (const person of people) {
    const item = document.createElement('li');
    const link = pageLink(linkFor({ person: person.id }), '');
    link.className = 'person';
    link.dataset.person = person.id;
    link.title = [person.name_en, person.role].filter(Boolean).join(' — ');
    const name = document.createElement('span');
    name.textContent = person.name_ar;
    link.append(name, ' ', countOf(person.mentions));
    item.append(link);
    list.append(item);
  }
  return list;
}

export async function mentionsView(state) {
  const params = new URLSearchParams({ person: state.person, page: state.page, size: MENTIONS_PAGE_SIZE });
  const report = await fetchJson('/api/mentions', params);
  return { report, view: renderMentions(report, state) };
}

export function renderMentions(report, state) {
  const view = headedSection('mentions', 'h2', report.person ? `${report.person.name_ar} (${report.person.name_en})` : report.name);
  const summary = document.createElement('p');
  summary.className = 'summary';
  summary.textContent = `${numbers.format(report.total)} ذكر في ${numbers.format(report.article_count)} مقال`
    + (report.in_people_list ? '' : ' — الاسم ليس في قائمة الأشخاص، فبُحث عنه بصيغه مع السوابق');
  view.append(summary);
  if (report.also_written?.length > 0) view.append(alsoWritten(report.also_written));
  const timeline = report.timeline;
  if (timeline.by_day.length > 0) {
    view.append(dayChart(timeline.by_day.map((d) => ({ day: d.key, count: d.mentions })), 'عدد الذكر يوماً بيوم', { unit: 'ذكر' }));
  }
  if (timeline.by_source.length > 0) {
    const sources = document.createElement('p');
    sources.className = 'meta by-source';
    timeline.by_source.forEach((s, i) => {
      if (i > 0) sources.append(' · ');
      sources.append(outlet(s.key), `: ${numbers.format(s.mentions)}`);
    });
    view.append(sources);
  }
  const list = document.createElement('ol');
  list.className = 'results';
  list.id = 'mentions';
  list.start = (report.page - 1) * report.size + 1;
  for (const article of report.articles) list.append(renderArticle(article));
  view.append(list);
  const pages = Math.ceil(report.article_count / report.size);
  if (pages > 1) view.append(mentionsPager(state, report.page, pages));
  if (report.doubtful?.length > 0) view.append(renderDoubtful(report.doubtful));
  return view;
}

// Spellings of the name the people list lacks, found in the index (not counted): each opens its own mentions page.
function alsoWritten(spellings) {
  const note = document.createElement('p');
  note.className = 'note also-written';
  note.append('يُكتب أيضاً (لا يُحسب): ');
  spellings.forEach((other, i) => {
    if (i > 0) note.append('، ');
    const link = pageLink(linkFor({ person: other.spelling }), other.spelling);
    link.dir = 'auto';
    note.append(link, ` (${numbers.format(other.articles)} مقال)`);
  });
  return note;
}

// Doubtful mentions (a bare surname with no evidence either way) are not counted: listed apart, greyed, each
// with the resolver's reason as its title (shown on hover).
function renderDoubtful(articles) {
  const count = articles.reduce((n, a) => n + a.count, 0);
  const section = headedSection('doubtful', 'h3', `${numbers.format(count)} ذكر غير مؤكد، لا يُحسب`);
  const list = document.createElement('ol');
  list.className = 'results';
  list.id = 'doubtful-mentions';
  for (const article of articles) list.append(renderArticle(article));
  section.append(list);
  return section;
}

function mentionsPager(state, page, pages) {
  const nav = document.createElement('nav');
  nav.className = 'pager';
  nav.setAttribute('aria-label', 'صفحات المقالات');
  if (page > 1) nav.append(pageLink(linkFor({ person: state.person, page: page - 1 }), 'السابق'));
  const info = document.createElement('span');
  info.textContent = `الصفحة ${numbers.format(page)} من ${numbers.format(pages)}`;
  nav.append(info);
  if (page < pages) nav.append(pageLink(linkFor({ person: state.person, page: page + 1 }), 'التالي'));
  return nav;
}

function renderArticle(article) {
  const item = document.createElement('li');
  item.className = 'hit';
  const title = document.createElement('h3');
  title.className = 'title';
  const link = pageLink(linkFor({ article: article.id }), '');
  fillHeadline(link, article);
  title.append(link);
  const meta = fillMeta(document.createElement('p'), {
    source: article.source, published: article.published, publishedText: article.published_text,
  });
  meta.className = 'meta';
  meta.append(meta.childNodes.length ? ' · ' : '', `${numbers.format(article.count)} ذكر`);
  item.append(title, meta);
  for (const mention of article.mentions) {
    const sentence = document.createElement('p');
    sentence.className = `snippet ${mention.resolution ?? ''}`.trim();
    if (mention.reason) sentence.title = mention.reason;
    sentence.innerHTML = mention.sentence.html;
    item.append(sentence);
  }
  return item;
}
