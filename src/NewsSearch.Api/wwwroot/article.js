// The article view (?article=ID&q=…): title, outlet, date, the full text with the query's matches marked, the
// people on the list it mentions (links to their pages), its related articles (other outlets first, each a link
// here) and the outlet's own address as a secondary link. All text is set as text; marks are built from offsets.
import { countOf, fillMeta, headedSection, markedText, pageLink, queryEcho } from './format.js';
import { fetchJson } from './messages.js';
import { linkFor } from './state.js';

export async function articleView(state) {
  const params = state.q ? new URLSearchParams({ q: state.q }) : undefined;
  const id = encodeURIComponent(state.article);
  const [article, related] = await Promise.all([
    fetchJson(`/api/articles/${id}`, params),
    fetchJson(`/api/articles/${id}/related`).catch(() => null),
  ]);
  return { article, view: renderArticle(article, related, state) };
}

function renderArticle(article, related, state) {
  const parts = [];
  if (state.q) {
    const back = pageLink(linkFor({ q: state.q }), 'عودة إلى نتائج البحث عن ');
    back.className = 'back';
    back.append(queryEcho(state.q));
    parts.push(back);
  }
  const title = document.createElement('h2');
  title.className = 'article-title';
  title.append(...markedText(article.title, article.title_marks ?? []));
  const meta = fillMeta(document.createElement('p'), {
    source: article.source, published: article.published, publishedText: article.published_text,
    url: article.url, urlText: 'المقال في موقع المصدر',
  });
  meta.className = 'meta';
  parts.push(title, meta);
  if (article.people.length > 0) parts.push(mentionedPeople(article.people));
  const body = document.createElement('div');
  body.className = 'article-body';
  for (const paragraph of paragraphs(article.body, article.body_marks ?? [])) body.append(paragraph);
  parts.push(body);
  if (related?.hits.length) parts.push(relatedList(related.hits, state.q));
  return parts;
}

// The body split at line breaks into paragraphs, each mark kept in its paragraph (offsets are into the whole body).
function paragraphs(text, marks) {
  const result = [];
  const breaks = /\n+/g;
  let start = 0;
  for (const end of [...text.matchAll(breaks)].map((m) => [m.index, m.index + m[0].length]).concat([[text.length, text.length]])) {
    const [stop, next] = end;
    if (stop > start) {
      const p = document.createElement('p');
      p.dir = 'auto';
      const inside = marks.filter((m) => m.start >= start && m.start + m.length <= stop)
        .map((m) => ({ start: m.start - start, length: m.length }));
      p.append(...markedText(text.slice(start, stop), inside));
      result.push(p);
    }
    start = next;
  }
  return result;
}

function mentionedPeople(people) {
  const section = headedSection('article-people', 'h3', 'الأشخاص في المقال');
  const list = document.createElement('ul');
  for (const person of people) {
    const item = document.createElement('li');
    const link = pageLink(linkFor({ person: person.id }), person.name_ar);
    link.className = 'person';
    link.dataset.person = person.id;
    link.title = person.name_en;
    item.append(link, ' ', countOf(person.mentions, 'ذكر'));
    list.append(item);
  }
  section.append(list);
  return section;
}

function relatedList(hits, q) {
  const section = headedSection('related', 'h3', 'مقالات ذات صلة');
  const list = document.createElement('ol');
  list.className = 'results';
  for (const hit of hits) {
    const item = document.createElement('li');
    item.className = 'hit';
    const title = document.createElement('h4');
    title.className = 'title';
    title.append(pageLink(linkFor({ article: hit.id, q }), hit.title));
    const meta = fillMeta(document.createElement('p'), { source: hit.source, published: hit.published });
    meta.className = 'meta';
    const lead = document.createElement('p');
    lead.className = 'snippet';
    lead.textContent = hit.lead;
    item.append(title, meta, lead);
    list.append(item);
  }
  section.append(list);
  return section;
}
