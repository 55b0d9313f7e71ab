// The facets panel: the per-day bar chart and the per-outlet list of the whole result set. An outlet button toggles
// that outlet in the filter and a chosen bar narrows the search to its day; both live in the URL.
import { dayChart } from './charts.js';
import { countOf, headedSection, numbers, outlet } from './format.js';
import { searchParams } from './state.js';

// With outlets chosen, the list comes from the same query without them, so other outlets stay there to add.
async function sourceCounts(search, data) {
  if (search.sources.length === 0) return data.counts;
  const params = searchParams({ ...search, sources: [], page: 1, size: 1 });
  const response = await fetch(`/api/search?${params}`, { headers: { Accept: 'application/json' } });
  return response.ok ? (await response.json()).counts : data.counts;
}

export const facetsPanel = {
  async update(search, data, page) {
    const panel = document.getElementById('facets-panel');
    const counts = data.counts;
    if (!counts || counts.total === 0) {
      panel.hidden = true;
      return;
    }
    const parts = [];
    if (counts.by_day.length > 0) {
      parts.push(dayChart(counts.by_day.map((d) => ({ day: d.day, count: d.count })), 'النتائج يوماً بيوم',
        { unit: 'نتيجة', onPick: (day) => page.pickDay(day) }));
    }
    if (counts.undated > 0 || data.undated_excluded > 0) {
      const note = document.createElement('p');
      note.className = 'note';
      note.textContent = data.undated_excluded > 0
        ? `استُبعد ${numbers.format(data.undated_excluded)} مقال بلا تاريخ`
        : `${numbers.format(counts.undated)} بلا تاريخ`;
      parts.push(note);
    }
    parts.push(sourceList(search, await sourceCounts(search, data), page));
    panel.replaceChildren(...parts);
    panel.hidden = false;
  },
};

function sourceList(search, counts, page) {
  const section = headedSection('sources', 'h2', 'المصادر');
  const list = document.createElement('ul');
  const chosen = new Set(search.sources.map((s) => s.toLowerCase()));
  // Counts are of the query without the outlet filter; a chosen outlet is pressed and switches off again.
  for (const { source, count } of counts.by_source) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'source';
    button.setAttribute('aria-pressed', chosen.has(source.toLowerCase()) ? 'true' : 'false');
    button.dataset.source = source;
    button.append(outlet(source), ' ', countOf(count));
    button.addEventListener('click', () => page.toggleSource(source));
    item.append(button);
    list.append(item);
  }
  section.append(list);
  return section;
}
