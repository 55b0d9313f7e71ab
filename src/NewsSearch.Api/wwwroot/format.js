// How the page writes numbers, days, outlets and queries. Days are UTC days, as the API counts and filters them.
export const numbers = new Intl.NumberFormat('ar');
const longDate = new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat('ar', { day: 'numeric', month: 'short', timeZone: 'UTC' });

export const formatDate = (iso) => longDate.format(new Date(iso));
export const formatDay = (day) => longDate.format(new Date(`${day}T00:00:00Z`));
export const formatShortDay = (day) => shortDate.format(new Date(`${day}T00:00:00Z`));

export function addDays(day, days) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

let outlets = new Map();

// Outlet names from the sources file shipped with the program (/api/sources); an unknown code shows as it is.
export async function loadOutlets() {
  try {
    const response = await fetch('/api/sources', { headers: { Accept: 'application/json' } });
    if (response.ok) outlets = new Map((await response.json()).map((s) => [s.code.toLowerCase(), s]));
  } catch {
    // Without names the codes are shown.
  }
}

export function outlet(code) {
  const known = code ? outlets.get(code.toLowerCase()) : undefined;
  const name = document.createElement('bdi');
  name.className = 'outlet';
  name.textContent = known?.name_ar ?? code ?? '';
  if (known) name.title = known.name_en;
  return name;
}


// A query written in the query language's Latin syntax (title:, date:[… TO …], AND/OR/NOT, brackets) reads left to
// right as typed; any other text takes the direction of its first letter. The search box and every echo of a query
// use this, so `ظريف date:[2015-08-01 TO 2015-08-11]` never has its brackets and dates reordered.
const LATIN_SYNTAX = /[A-Za-z_]+:|\b(AND|OR|NOT)\b|[[\]{}]/;
export const queryDirection = (text) => (LATIN_SYNTAX.test(text) ? 'ltr' : 'auto');

// The query as typed, isolated from the Arabic around it.
export function queryEcho(text) {
  const echo = document.createElement('bdi');
  echo.className = 'query';
  echo.dir = queryDirection(text);
  echo.textContent = text;
  return echo;
}

// Only http(s) addresses become links: a stored `javascript:` URL must not.
export function webLink(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

// A link inside the page: a real address (open in a new tab works), followed without reloading.
export function pageLink(href, text) {
  const link = document.createElement('a');
  link.href = href;
  link.dataset.nav = '';
  link.textContent = text;
  return link;
}

// Text with marks at UTF-16 offsets [{start, length}] (as the API gives them), every character set as text.
export function markedText(text, marks = []) {
  const parts = [];
  let at = 0;
  for (const { start, length } of [...marks].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    parts.push(text.slice(at, start));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, start + length);
    parts.push(mark);
    at = start + length;
  }
  parts.push(text.slice(at));
  return parts;
}

// An article's outlet and day, and the outlet's own address as a secondary link, into a meta line: "outlet · day · link".
export function fillMeta(meta, { source, published, publishedText, url, urlText }) {
  const parts = [];
  if (source) parts.push(outlet(source));
  const day = published ? formatDate(published) : publishedText;
  if (day) parts.push(day);
  const href = url ? webLink(url) : null;
  if (href) {
    const original = document.createElement('a');
    original.href = href;
    original.rel = 'noopener noreferrer';
    original.className = 'original';
    original.textContent = urlText;
    parts.push(original);
  }
  parts.forEach((part, i) => meta.append(...(i > 0 ? [' · ', part] : [part])));
  return meta;
}

// A number beside a name (mentions, hits, articles), with its unit if any.
export function countOf(count, unit = '') {
  const span = document.createElement('span');
  span.className = 'count';
  span.textContent = unit ? `${numbers.format(count)} ${unit}` : numbers.format(count);
  return span;
}

/** A section of the page with its class and, as its first child, a heading (`h2`, `h3`) reading `title`. */
export function headedSection(className, headingTag, title) {
  const section = document.createElement('section');
  section.className = className;
  const heading = document.createElement(headingTag);
  heading.textContent = title;
  section.append(heading);
  return section;
}
