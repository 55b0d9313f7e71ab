// What to try when a search finds nothing or few articles (the API's `help`): each suggestion is a link to the
// search it suggests, so it can be opened, shared or bookmarked. Text from the index only ever goes in as text.
import { numbers, pageLink } from './format.js';

export function renderHelp(help, search, linkFor) {
  const box = document.createElement('div');
  box.id = 'help';
  box.className = 'help';
  const line = (...parts) => {
    const paragraph = document.createElement('p');
    paragraph.append(...parts);
    box.append(paragraph);
  };
  const link = (text, target) => {
    const anchor = pageLink(linkFor({ ...search, page: 1, ...target }), text);
    anchor.className = 'suggestion';
    return anchor;
  };
  const joined = (items, separator) => items.flatMap((item, i) => (i === 0 ? [item] : [separator, item]));

  for (const person of help?.people ?? []) {
    line('هل تقصد ', link(person.query, { q: person.query }),
      ` (${person.name}: ${numbers.format(person.articles)} مقالة بكل تهجئات الاسم)؟`);
  }
  const words = Map.groupBy(help?.spellings ?? [], (s) => s.word);
  for (const [word, spellings] of words) {
    const links = spellings.map((s) => [link(s.query, { q: s.query }), ` (${numbers.format(s.articles)} مقالة)`]);
    line('هل تقصد ', ...joined(links, ' أو ').flat(), `؟ «${word}» نادرة أو غائبة في الفهرس.`);
  }
  for (const source of help?.unknown_sources ?? []) {
    const closest = source.closest.map((c) => link(`${c.name} (${numbers.format(c.articles)})`,
      { sources: search.sources.map((s) => (s === source.name ? c.name : s)) }));
    const all = document.createElement('a');
    all.href = '/api/sources';
    all.textContent = 'كل المصادر';
    line(`لا مصدر باسم «${source.name}» في الفهرس. الأقرب: `, ...joined(closest, '، '), '. ', all);
  }
  if (help?.stop_words?.length) {
    const phrase = `exact:"${help.stop_words.join(' ')}"`;
    line(`${help.stop_words.join(' ')}: كلمات شائعة جدًا لا يُبحث بها وحدها. للبحث عنها عبارةً بنصّها: `, link(phrase, { q: phrase }));
  }
  if (help?.last_page) {
    line('هذه الصفحة بعد آخر النتائج؛ آخر صفحة هي ', link(numbers.format(help.last_page), { page: help.last_page }), '.');
  }
  return box;
}
