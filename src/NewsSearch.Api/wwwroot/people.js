// The people panel (everyone on the people list with their mention count) and the mentions view a click
// opens (?person=ID, a shareable link): the timeline per day, then each article's marked sentences.
// Sentences are the API's `html`, escaped completely apart from <mark>; everything else is textContent.
import { dayChart } from './charts.js';

const numbers = new Intl.NumberFormat('ar');
const dates = new Intl.DateTimeFormat('ar', { dateStyle: 'long' });

export async function loadPeople(page) {
  const panel = document.getElementById('people-panel');
  const response = await fetch('/api/people', { headers: { Accept: 'application/json' } });
  if (!response.ok) return;
  const people = await response.json();
  const heading = document.createElement('h2');
  heading.textContent = 'الأشخاص';
  const list = document.createElement('ul');
  for (const person of people) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'person';
    button.dataset.person = person.id;
    button.title = [person.name_en, person.role].filter(Boolean).join(' — ');
    const name = document.createElement('span');
    name.textContent = person.name_ar;
    const count = document.createElement('span');
    count.className = 'count';
    count.textContent = numbers.format(person.mentions);
    button.append(name, ' ', count);
    button.addEventListener('click', () => page.showPerson(person.id));
    item.append(button);
    list.append(item);
  }
  panel.replaceChildren(heading, list);
  panel.hidden = false;
}

export function renderMentions(report) {
  const view = document.createElement('section');
  view.className = 'mentions';
  const heading = document.createElement('h2');
  heading.textContent = report.person ? `${report.person.name_ar} (${report.person.name_en})` : report.name;
  const summary = document.createElement('p');
  summary.className = 'summary';
  summary.textContent = `${numbers.format(report.total)} ذكر في ${numbers.format(report.articles.length)} مقال`
    + (report.in_people_list ? '' : ' — الاسم ليس في قائمة الأشخاص، فبُحث عنه بصيغه مع السوابق');
  view.append(heading, summary);
  const timeline = report.timeline;
  if (timeline.by_day.length > 0) {
    view.append(dayChart(timeline.by_day.map((d) => ({ day: d.key, count: d.mentions })), 'عدد الذكر يوماً بيوم'));
  }
  if (timeline.by_source.length > 0) {
    const sources = document.createElement('p');
    sources.className = 'meta';
    sources.textContent = timeline.by_source.map((s) => `${s.key}: ${numbers.format(s.mentions)}`).join(' · ');
    view.append(sources);
  }
  const list = document.createElement('ol');
  list.className = 'results';
  list.id = 'mentions';
  for (const article of report.articles) list.append(renderArticle(article));
  view.append(list);
  if (report.doubtful?.length > 0) view.append(renderDoubtful(report.doubtful));
  return view;
}

// Doubtful mentions (a bare surname with no evidence either way) are not counted: listed apart, greyed, each
// with the resolver's reason as its title (shown on hover).
function renderDoubtful(articles) {
  const section = document.createElement('section');
  section.className = 'doubtful';
  const heading = document.createElement('h3');
  const count = articles.reduce((n, a) => n + a.count, 0);
  heading.textContent = `${numbers.format(count)} ذكر غير مؤكد، لا يُحسب`;
  const list = document.createElement('ol');
  list.className = 'results';
  list.id = 'doubtful-mentions';
  for (const article of articles) list.append(renderArticle(article));
  section.append(heading, list);
  return section;
}

function renderArticle(article) {
  const item = document.createElement('li');
  item.className = 'hit';
  const title = document.createElement('h3');
  title.className = 'title';
  title.textContent = article.title;
  const meta = document.createElement('p');
  meta.className = 'meta';
  const published = article.published ? dates.format(new Date(article.published)) : article.published_text;
  meta.textContent = [article.source, published, `${numbers.format(article.count)} ذكر`].filter(Boolean).join(' · ');
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
