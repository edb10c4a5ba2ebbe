// Turns API hits into DOM nodes. Article text only ever becomes text nodes and <mark> elements built with
// DOM calls, so markup inside an article shows as text and never runs.

import type { Highlight, SearchHit } from './api-client';

export const arabicNumber = new Intl.NumberFormat('ar');
export const arabicYear = new Intl.NumberFormat('ar', { useGrouping: false });
const arabicDate = new Intl.DateTimeFormat('ar', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** A new element with an optional class and text content. */
export function element<Tag extends keyof HTMLElementTagNameMap>(tag: Tag, className = '', text?: string): HTMLElementTagNameMap[Tag] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The text of an escaped HTML fragment, read from an inert document: nothing in it runs or loads. */
function textOfHtml(html: unknown): string {
  if (typeof html !== 'string') return '';
  return new DOMParser().parseFromString(html, 'text/html').body.textContent || '';
}

function isValidRange(range: unknown, length: number): range is readonly [number, number] {
  return Array.isArray(range) && range[0] >= 0 && range[1] > range[0] && range[1] <= length;
}

/** Appends highlight.text with each [start, end) range wrapped in <mark>; without highlights, the plain text. */
function appendHighlighted(parent: HTMLElement, highlight: Highlight | undefined, fallbackHtml: unknown): void {
  if (!highlight || typeof highlight.text !== 'string') {
    parent.append(textOfHtml(fallbackHtml));
    return;
  }
  const text = highlight.text;
  const ranges = (Array.isArray(highlight.ranges) ? highlight.ranges : [])
    .filter((range) => isValidRange(range, text.length))
    .sort((a, b) => a[0] - b[0]);
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    if (start > at) parent.append(text.slice(at, start));
    parent.append(element('mark', '', text.slice(start, end)));
    at = end;
  }
  if (at < text.length) parent.append(text.slice(at));
}

/** Only http(s) links are followed: a javascript: or data: URL in an article record is dropped. */
function safeHref(url: unknown, base: string): string | null {
  if (typeof url !== 'string' || url === '') return null;
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function formatDate(date: unknown): string | null {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(date)) return null;
  const parsed = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? null : arabicDate.format(parsed);
}

/** "N results" with Arabic number agreement: singular for 1, dual for 2, plural for 3 to 10, singular after. */
export function describeCount(total: number): string {
  if (total === 1) return 'نتيجة واحدة';
  if (total === 2) return 'نتيجتان';
  const lastTwo = total % 100;
  return arabicNumber.format(total) + (lastTwo >= 3 && lastTwo <= 10 ? ' نتائج' : ' نتيجة');
}

function renderHitMeta(hit: SearchHit): HTMLParagraphElement {
  const meta = element('p', 'bahth-hit-meta');
  if (typeof hit.category === 'string' && hit.category) meta.append(element('span', 'bahth-hit-category', hit.category));
  const date = formatDate(hit.date);
  if (date && typeof hit.date === 'string') {
    const time = element('time', 'bahth-hit-date', date);
    time.dateTime = hit.date.slice(0, 10);
    meta.append(time);
  }
  if (typeof hit.source === 'string' && hit.source) meta.append(element('span', 'bahth-hit-source', hit.source));
  return meta;
}

/** One result as a list item: linked title, category, date and source, and the snippet, with marks. */
export function renderHit(hit: SearchHit, base: string): HTMLLIElement {
  const highlights = hit.highlights || {};
  const item = element('li', 'bahth-hit');
  item.dataset.id = String(hit.id);
  const heading = element('h3', 'bahth-hit-title');
  const href = safeHref(hit.url, base);
  const titleHolder = href ? element('a') : element('span');
  if (href && titleHolder instanceof HTMLAnchorElement) titleHolder.href = href;
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
