// The start page: what the index holds (articles, outlets, first and last day) and a short guide to the query
// syntax whose examples are links. The people list is the side panel, on this page as on every other.
import { countOf, formatDay, headedSection, numbers, outlet, pageLink, queryEcho } from './format.js';
import { fetchJson } from './messages.js';
import { linkFor } from './state.js';

const SYNTAX = [
  ['ظريف فيينا', 'كل الكلمات (بأي سابقة أو لاحقة)'],
  ['"الملف النووي"', 'العبارة كما هي'],
  ['ظريف OR كيري', 'إحدى الكلمتين'],
  ['الاتفاق -النووي', 'بلا كلمة (أو NOT)'],
  ['اقتصاد*', 'كلمات تبدأ بهذه الحروف'],
  ['title:الاتفاق', 'في العنوان'],
  ['person:zarif', 'كل ذكر لشخص من القائمة بأي صيغة'],
  ['الاتفاق source:okaz', 'من مصدر واحد'],
  ['ظريف date:[2015-08-01 TO 2015-08-11]', 'بين يومين (شاملين)'],
];

let stats = null;

// The index's facts, asked for once per page load (they change only when the index commits).
export function indexStats() {
  stats ??= fetchJson('/api/stats');
  return stats;
}

export async function startView() {
  const parts = [];
  try {
    parts.push(statsSection(await indexStats()));
  } catch {
    // The guide is still worth showing.
  }
  parts.push(syntaxSection());
  return parts;
}

function statsSection(stats) {
  const section = headedSection('stats', 'h2', 'في الفهرس');
  const facts = document.createElement('p');
  facts.className = 'facts';
  facts.textContent = `${numbers.format(stats.articles)} مقال من ${numbers.format(stats.outlets.length)} مصدراً`;
  if (stats.first_day) facts.textContent += `، من ${formatDay(stats.first_day)} إلى ${formatDay(stats.last_day)}`;
  if (stats.undated > 0) facts.textContent += ` (و${numbers.format(stats.undated)} بلا تاريخ)`;
  facts.dataset.articles = stats.articles;
  const outlets = document.createElement('ul');
  outlets.className = 'outlets';
  for (const { source, count } of stats.outlets) {
    const item = document.createElement('li');
    const link = pageLink(linkFor({ q: `source:${source}`, sort: 'date' }), '');
    link.append(outlet(source));
    item.append(link, ' ', countOf(count));
    outlets.append(item);
  }
  section.append(facts, outlets);
  return section;
}

function syntaxSection() {
  const section = headedSection('syntax', 'h2', 'طريقة البحث');
  const table = document.createElement('table');
  for (const [query, meaning] of SYNTAX) {
    const row = table.insertRow();
    const example = row.insertCell();
    const link = pageLink(linkFor({ q: query }), '');
    link.append(queryEcho(query));
    example.append(link);
    row.insertCell().textContent = meaning;
  }
  section.append(table);
  return section;
}
