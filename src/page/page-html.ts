// The search page's HTML: a static RTL shell; /page.js builds the box and results into #search.
// No inline script or style, so the Content-Security-Policy can allow only this origin's files.

import { escapeHtml } from '../text/escape-html';

/** Queries offered on the empty page, each a link that works without JavaScript too. */
const EXAMPLE_QUERIES = ['المغرب', 'كأس إفريقيا', 'الانتخابات', 'معرض الكتاب', 'المدينة القديمة'];

function exampleLink(query: string): string {
  return `<li><a href="/?q=${encodeURIComponent(query)}">${escapeHtml(query)}</a></li>`;
}

/** The two lines a site owner copies to embed the search box, pointing at this deployment. */
function embedSnippet(origin: string): string {
  return escapeHtml(`<script src="${origin}/widget.js" defer></script>\n<div data-search></div>`);
}

/** The page for a deployment at origin (e.g. https://bahth.example.workers.dev), used in the embed example. */
export function renderPageHtml(origin: string): string {
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>بحث</title>
<meta name="description" content="بحث في الأخبار العربية بكل أشكال الكتابة.">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/page.css">
<script src="/page.js" defer></script>
</head>
<body>
<div class="page bahth">
<header class="site-header">
<h1 class="site-name"><a href="/">بحث</a></h1>
<p class="site-tagline">ابحث في الأخبار بالتشكيل أو دونه، بالهمزة أو دونها، وبأسماء الشهور في كل البلدان.</p>
</header>
<main id="search" class="bahth" data-state="idle">
<section class="bahth-intro" aria-label="أمثلة">
<p>أمثلة للبحث:</p>
<ul>${EXAMPLE_QUERIES.map(exampleLink).join('')}</ul>
</section>
<noscript><p>تحتاج صفحة البحث إلى JavaScript. يمكنك استخدام الواجهة البرمجية مباشرة: <a href="/search?q=%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8">/search?q=المغرب</a></p></noscript>
</main>
<footer class="page-footer">
<p>أضف مربع البحث هذا إلى موقعك بسطرين:</p>
<pre dir="ltr"><code>${embedSnippet(origin)}</code></pre>
</footer>
</div>
</body>
</html>
`;
}
