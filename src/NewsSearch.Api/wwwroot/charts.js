// A per-day bar chart built from DOM elements (no library, no inline style: sizes are set through the CSSOM,
// which the page's Content-Security-Policy allows). Days run left to right under a date axis (first and last day,
// and each week between); a bar's day and count show on hover, and from the keyboard: the chart takes focus (Tab),
// the arrow keys, Home and End move between bars, and Enter picks the bar's day when the chart offers that.
import { numbers, formatDay, formatShortDay } from './format.js';

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

// Which bars get a date under them: the first and the last, and week by week between them as long as a label
// (about a fifth of a narrow chart wide) does not run into another.
const LABEL_SPAN = 0.2;
export function axisDays(days) {
  const n = days.length;
  if (n === 0) return [];
  const at = [0];
  let previous = 0;
  for (let i = 7; i < n - 1; i += 7) {
    const place = (i + 0.5) / n;
    if (place >= 1.5 * LABEL_SPAN && place <= 1 - 1.5 * LABEL_SPAN && place - previous >= LABEL_SPAN) {
      at.push(i);
      previous = place;
    }
  }
  if (n > 1) at.push(n - 1);
  return at;
}

// unit: what a bar counts, e.g. 'نتيجة' or 'ذكر'. onPick(day), when given, is called for a clicked or chosen bar.
export function dayChart(entries, label, { unit = '', onPick } = {}) {
  const days = fillDays(entries);
  const figure = document.createElement('figure');
  figure.className = 'day-chart';
  const caption = document.createElement('figcaption');
  caption.textContent = label;
  const bars = document.createElement('div');
  bars.className = 'bars';
  bars.tabIndex = 0;
  bars.setAttribute('role', 'group');
  bars.setAttribute('aria-label', `${label}: استعمل الأسهم للتنقل بين الأيام${onPick ? '، وEnter لاختيار يوم' : ''}`);
  const readout = document.createElement('output');
  readout.className = 'readout';
  readout.setAttribute('aria-live', 'polite');
  const most = Math.max(1, ...days.map((d) => d.count));
  const describe = ({ day, count }) => `${formatDay(day)}: ${numbers.format(count)}${unit ? ` ${unit}` : ''}`;
  let active = -1;
  const show = (index) => {
    if (index < 0 || index >= days.length) return;
    bars.children[active]?.classList.remove('active');
    active = index;
    bars.children[active].classList.add('active');
    readout.textContent = describe(days[active]);
  };
  days.forEach((entry, index) => {
    const bar = document.createElement('span');
    bar.className = entry.count === 0 ? 'bar empty' : 'bar';
    bar.dataset.day = entry.day;
    bar.dataset.count = entry.count;
    bar.title = describe(entry);
    bar.style.height = `${Math.max(entry.count === 0 ? 0 : 4, Math.round((entry.count / most) * 100))}%`;
    bar.addEventListener('mouseenter', () => show(index));
    if (onPick) bar.addEventListener('click', () => onPick(entry.day));
    bars.append(bar);
  });
  bars.addEventListener('focus', () => show(active >= 0 ? active : days.length - 1));
  bars.addEventListener('keydown', (event) => {
    const moves = { ArrowLeft: active - 1, ArrowRight: active + 1, Home: 0, End: days.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      show(Math.min(days.length - 1, Math.max(0, moves[event.key])));
    } else if ((event.key === 'Enter' || event.key === ' ') && onPick && active >= 0) {
      event.preventDefault();
      onPick(days[active].day);
    }
  });
  const axis = document.createElement('div');
  axis.className = 'axis';
  for (const index of axisDays(days)) {
    const tick = document.createElement('span');
    tick.className = 'tick';
    tick.dataset.day = days[index].day;
    tick.textContent = formatShortDay(days[index].day);
    tick.style.left = `${((index + 0.5) / days.length) * 100}%`;
    axis.append(tick);
  }
  figure.append(caption, bars, axis, readout);
  return figure;
}
