// A small per-day bar chart built from DOM elements (no library, no inline style: heights are set
// through the CSSOM, which the page's Content-Security-Policy allows).
const numbers = new Intl.NumberFormat('ar');
const DAY_MS = 86_400_000;
// A longer span is drawn without its empty days rather than as thousands of bars.
const MAX_FILLED_DAYS = 400;

// entries: [{ day: 'yyyy-MM-dd', count }] in order. Days between them without any are drawn as zero.
export function fillDays(entries) {
  if (entries.length === 0) return [];
  const first = Date.parse(`${entries[0].day}T00:00:00Z`);
  const last = Date.parse(`${entries[entries.length - 1].day}T00:00:00Z`);
  if ((last - first) / DAY_MS + 1 > MAX_FILLED_DAYS) return entries;
  const counts = new Map(entries.map((e) => [e.day, e.count]));
  const days = [];
  for (let t = first; t <= last; t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    days.push({ day, count: counts.get(day) ?? 0 });
  }
  return days;
}

export function dayChart(entries, label) {
  const days = fillDays(entries);
  const figure = document.createElement('figure');
  figure.className = 'day-chart';
  const caption = document.createElement('figcaption');
  caption.textContent = label;
  const bars = document.createElement('div');
  bars.className = 'bars';
  bars.setAttribute('role', 'img');
  const most = Math.max(1, ...days.map((d) => d.count));
  for (const { day, count } of days) {
    const bar = document.createElement('span');
    bar.className = count === 0 ? 'bar empty' : 'bar';
    bar.dataset.day = day;
    bar.dataset.count = count;
    bar.title = `${day}: ${numbers.format(count)}`;
    bar.style.height = `${Math.max(count === 0 ? 0 : 4, Math.round((count / most) * 100))}%`;
    bars.append(bar);
  }
  bars.setAttribute('aria-label', days.map((d) => `${d.day}: ${d.count}`).join('، '));
  const range = document.createElement('div');
  range.className = 'range';
  range.textContent = days.length ? `${days[0].day} – ${days[days.length - 1].day}` : '';
  figure.append(caption, bars, range);
  return figure;
}
