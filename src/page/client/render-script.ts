// Client chunk (browser JS as text): turns API hits into DOM nodes. Article text only ever becomes text nodes
// and <mark> elements built with DOM calls, so markup inside an article shows as text and never runs.

export const RENDER_SCRIPT = String.raw`
const arabicNumber = new Intl.NumberFormat('ar');
const arabicYear = new Intl.NumberFormat('ar', { useGrouping: false });
const arabicDate = new Intl.DateTimeFormat('ar', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// The text of an escaped HTML fragment, read from an inert document: nothing in it runs or loads.
function textOfHtml(html) {
  if (typeof html !== 'string') return '';
  return new DOMParser().parseFromString(html, 'text/html').body.textContent || '';
}

// Appends highlight.text with each [start, end) range wrapped in <mark>; without highlights, the plain text.
function appendHighlighted(parent, highlight, fallbackHtml) {
  if (!highlight || typeof highlight.text !== 'string') {
    parent.append(textOfHtml(fallbackHtml));
    return;
  }
  const text = highlight.text;
  const ranges = (Array.isArray(highlight.ranges) ? highlight.ranges : [])
    .filter(function (range) { return Array.isArray(range) && range[0] >= 0 && range[1] > range[0] && range[1] <= text.length; })
    .sort(function (a, b) { return a[0] - b[0]; });
  let at = 0;
  for (const range of ranges) {
    if (range[0] < at) continue;
    if (range[0] > at) parent.append(text.slice(at, range[0]));
    parent.append(element('mark', '', text.slice(range[0], range[1])));
    at = range[1];
  }
  if (at < text.length) parent.append(text.slice(at));
}

// Only http(s) links are followed: a javascript: or data: URL in an article record is dropped.
function safeHref(url, base) {
  if (typeof url !== 'string' || url === '') return null;
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch (failure) {
    return null;
  }
}

function formatDate(date) {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(date)) return null;
  const parsed = new Date(date.slice(0, 10) + 'T00:00:00Z');
  return isNaN(parsed.getTime()) ? null : arabicDate.format(parsed);
}

// "N results" with Arabic number agreement: singular for 1, dual for 2, plural for 3 to 10, singular after.
function describeCount(total) {
  if (total === 1) return 'نتيجة واحدة';
  if (total === 2) return 'نتيجتان';
  const lastTwo = total % 100;
  return arabicNumber.format(total) + (lastTwo >= 3 && lastTwo <= 10 ? ' نتائج' : ' نتيجة');
}

function renderHitMeta(hit) {
  const meta = element('p', 'bahth-hit-meta');
  if (typeof hit.category === 'string' && hit.category) meta.append(element('span', 'bahth-hit-category', hit.category));
  const date = formatDate(hit.date);
  if (date) {
    const time = element('time', 'bahth-hit-date', date);
    time.dateTime = hit.date.slice(0, 10);
    meta.append(time);
  }
  if (typeof hit.source === 'string' && hit.source) meta.append(element('span', 'bahth-hit-source', hit.source));
  return meta;
}

function renderHit(hit, base) {
  const highlights = hit.highlights || {};
  const item = element('li', 'bahth-hit');
  item.dataset.id = String(hit.id);
  const heading = element('h3', 'bahth-hit-title');
  const href = safeHref(hit.url, base);
  const titleHolder = element(href ? 'a' : 'span');
  if (href) titleHolder.href = href;
  appendHighlighted(titleHolder, highlights.title, hit.title);
  heading.append(titleHolder);
  const meta = renderHitMeta(hit);
  const snippet = element('p', 'bahth-hit-snippet');
  appendHighlighted(snippet, highlights.snippet, hit.snippet);
  item.append(heading);
  if (meta.childNodes.length > 0) item.append(meta);
  item.append(snippet);
  return item;
}
`;
