// News web pages as HTML, in the shape of a real site's markup, built from clean corpus stories: for
// the web-page import's tests and benchmark. A page carries what real ones do around the copy: a
// head of styles, inline scripts and JSON-LD, a mega-menu, a cookie banner, an icon sprite, ad slots,
// related and most-read lists, the page's state again as a JSON blob, a footer; each story wrapped
// in layers of classed divs, with its byline, time and pictures (figcaption with a credit).

import { makeCaption, pick, type CleanStory } from './dumps';
import { CITIES, name, SECTIONS } from './web/words';

export interface PageStory {
  headline: string;
  byline: string;
  /** ISO time given in `<time datetime>`. */
  iso: string;
  captions: { text: string; credit: string }[];
  body: string[];
}

export interface NewsPage {
  html: string;
  /** The stories as the page holds them, in page order. */
  stories: PageStory[];
}

export interface NewsPageOptions {
  /** Stop adding stories once the page is this many bytes (UTF-8). */
  targetBytes: number;
  /**
   * `front`: each story an `<article>` (a section front, an archive); `single`: one article, the
   * other stories only as teasers in related lists; `divs`: the same without an `<article>` (the
   * story in classed divs, as older sites print it).
   */
  shape: 'front' | 'single' | 'divs';
}

const utf8 = new TextEncoder();

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

/** Minified-looking script of about `size` characters: a page's tracking and hydration code. */
function script(random: () => number, size: number): string {
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const id = Math.floor(random() * 1e6).toString(36);
    const part = `function _${id}(e,t){var n=e&&e.nodeType===1?e:document.querySelector("#${id}");if(!n)return;n.addEventListener("click",function(r){window.dataLayer=window.dataLayer||[];window.dataLayer.push({event:"${id}",target:t,when:Date.now()})});n.innerHTML="<b onclick=\\"alert(1)\\">"+t+"</b>"}`;
    parts.push(part);
    n += part.length;
  }
  return `<script>${parts.join(';')}</script>`;
}

function style(random: () => number, size: number): string {
  const rules: string[] = [];
  let n = 0;
  while (n < size) {
    const c = `.gs-c-${Math.floor(random() * 1e6).toString(36)}`;
    const rule = `${c}{display:flex;margin:0 0 ${Math.floor(random() * 24)}px;color:#${Math.floor(random() * 0xffffff).toString(16)}}${c}:hover>a{text-decoration:underline}`;
    rules.push(rule);
    n += rule.length;
  }
  return `<style>${rules.join('')}</style>`;
}

const ICONS = ['search', 'menu', 'close', 'share', 'play', 'chevron', 'user', 'bell'];
const sprite = () =>
  `<svg style="display:none" xmlns="http://www.w3.org/2000/svg">${ICONS.map((i) => `<symbol id="icon-${i}" viewBox="0 0 32 32"><path d="M16 2 L30 16 L16 30 L2 16 Z M8 16 h16"/></symbol>`).join('')}</svg>`;
const icon = (i: string) =>
  `<svg class="icon icon--${i}" aria-hidden="true"><use href="#icon-${i}"></use></svg>`;

function megaMenu(random: () => number): string {
  const columns = SECTIONS.slice(0, 10).map(
    (s) =>
      `<li class="nav__item"><a class="nav__link" href="/news/${slug(s)}">${esc(s)}</a><ul class="nav__sub">${Array.from(
        { length: 12 },
        () => {
          const [city] = pick(random, CITIES);
          return `<li><a href="/news/${slug(s)}/${slug(city)}" data-track="nav">${esc(city)}</a></li>`;
        },
      ).join('')}</ul></li>`,
  );
  return `<header class="site-header" role="banner"><a class="skip-link" href="#main">Skip to content</a>
<div class="site-header__brand"><a href="/">${icon('menu')}<span>The Daily Chronicle</span></a></div>
<nav class="nav" aria-label="Sections"><ul class="nav__list">${columns.join('\n')}</ul></nav>
<form class="search" action="/search"><input name="q" placeholder="Search" onfocus="track('search')"><button>${icon('search')}</button></form>
</header>
<div class="cookie-banner" id="cookies"><p>We use cookies to give you the best experience on our site and to show you relevant adverts.</p><button onclick="accept()">Accept all</button><button onclick="settings()">Settings</button></div>`;
}

function adSlot(random: () => number): string {
  const id = `ad-${Math.floor(random() * 1e9).toString(36)}`;
  return `<div class="ad-slot advert" id="${id}" data-slot="mpu"><p class="ad-slot__label">Advertisement</p>${script(random, 600)}<iframe src="https://ads.example.net/${id}" width="300" height="250" onload="adLoaded('${id}')"></iframe></div>`;
}

function teaserList(
  random: () => number,
  title: string,
  cls: string,
  others: () => CleanStory,
  n: number,
): string {
  const items = Array.from({ length: n }, () => {
    const s = others();
    return `<li class="${cls}__item"><div class="promo"><div class="promo__image"><img src="/img/${slug(s.headline)}.jpg" alt="" loading="lazy"></div><div class="promo__text"><h3 class="promo__headline"><a href="/news/${slug(s.headline)}" onclick="track('${cls}')">${esc(s.headline)}</a></h3><p class="promo__summary">${esc((s.body[0] ?? '').slice(0, 140))}</p></div></div></li>`;
  });
  return `<aside class="${cls}" aria-label="${esc(title)}"><h2 class="${cls}__title">${esc(title)}</h2><ol class="${cls}__list">${items.join('\n')}</ol></aside>`;
}

function figure(random: () => number, story: PageStory): string {
  const c = makeCaption(random);
  const credit = c.credit ?? 'Chronicle staff';
  story.captions.push({ text: c.text, credit });
  const src = `https://images.example.net/${Math.floor(random() * 1e9).toString(36)}`;
  return `<figure class="media"><div class="media__wrap"><picture><source srcset="${src}.webp 800w, ${src}-1600.webp 1600w" type="image/webp"><img src="${src}.jpg" alt="${esc(c.text)}" width="976" height="549" onerror="this.style.display='none'"></picture></div><figcaption class="media__caption">${esc(c.text)} <span class="media__credit">${esc(credit)}</span></figcaption></figure>`;
}

function articleHtml(
  random: () => number,
  clean: CleanStory,
  story: PageStory,
  heading: 'h1' | 'h2',
  tag: 'article' | 'div',
): string {
  const parts: string[] = [];
  parts.push(
    `<${heading} class="story__headline" id="${slug(clean.headline)}">${esc(clean.headline)}</${heading}>`,
  );
  parts.push(
    `<div class="story__meta"><p class="byline">By <a rel="author" href="/people/${slug(story.byline)}">${esc(story.byline)}</a>, ${esc(pick(random, ['Business reporter', 'BBC News', 'Political correspondent', 'Technology desk']))}</p><time datetime="${story.iso}">${story.iso.slice(0, 10)}</time></div>`,
  );
  parts.push(
    `<div class="share-tools social">${['Facebook', 'X', 'WhatsApp', 'Email'].map((n) => `<a href="https://share.example.net/${n}" onclick="share('${n}')">${icon('share')}<span>Share on ${n}</span></a>`).join('')}</div>`,
  );
  parts.push(figure(random, story));
  clean.body.forEach((p, i) => {
    story.body.push(p);
    parts.push(`<div class="text-block"><p class="story__para">${esc(p)}</p></div>`);
    if (i === 3) parts.push(figure(random, story));
    if (i === 5) parts.push(adSlot(random));
  });
  return `<${tag} class="story" data-component="story"><div class="story__wrap"><div class="story__inner"><div class="story__body">${parts.join('\n')}</div></div></div></${tag}>`;
}

/**
 * A news page of about `targetBytes`, from the corpus stories in turn: its lead story (or, on a
 * front, every story) in full, each followed by related lists and an ad; the page's state as JSON
 * at its foot, as server-rendered sites print it.
 */
export function makeNewsPage(
  corpus: CleanStory[],
  random: () => number,
  { targetBytes, shape }: NewsPageOptions,
): NewsPage {
  let next = 0;
  const take = () => corpus[next++ % corpus.length] as CleanStory;
  const other = () => pick(random, corpus);
  const stories: PageStory[] = [];
  const head = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Latest news | The Daily Chronicle</title>
<meta property="og:title" content="Latest news"><link rel="stylesheet" href="/static/main.css">
${style(random, 60_000)}${script(random, 40_000)}
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Latest news"}</script>
</head><body class="page" onload="init()">${sprite()}${megaMenu(random)}<main id="main" class="page__main"><div class="page__grid">`;
  const chunks: string[] = [head];
  let size = utf8.encode(head).length;
  const foot = (state: string) =>
    `</div></main><footer class="site-footer" role="contentinfo"><ul>${['Terms of use', 'About us', 'Privacy policy', 'Cookies', 'Contact us'].map((f) => `<li><a href="/${slug(f)}">${f}</a></li>`).join('')}</ul><p>Copyright 2026 The Daily Chronicle. We are not responsible for the content of external sites.</p></footer>
<script id="__STATE__" type="application/json">${state}</script>${script(random, 30_000)}</body></html>`;
  const add = (html: string) => {
    chunks.push(html);
    size += utf8.encode(html).length;
  };
  // The state blob repeats the full stories' text, as hydrated pages do.
  const state: string[] = [];
  let stateSize = 0;
  do {
    const clean = take();
    const story: PageStory = {
      headline: clean.headline,
      byline: name(random),
      iso: `2026-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}T${String(Math.floor(random() * 24)).padStart(2, '0')}:15:00Z`,
      captions: [],
      body: [],
    };
    if (shape === 'front' || stories.length === 0) {
      stories.push(story);
      add(
        shape === 'front'
          ? articleHtml(random, clean, story, 'h2', 'article')
          : articleHtml(random, clean, story, 'h1', shape === 'single' ? 'article' : 'div'),
      );
      state.push(JSON.stringify({ headline: clean.headline, body: clean.body.join('\n') }));
      stateSize += (state.at(-1) as string).length;
    }
    add(teaserList(random, 'Related stories', 'related', other, 6));
    if (shape !== 'front' || stories.length % 4 === 0)
      add(teaserList(random, 'Most read', 'most-read', other, 10));
    add(adSlot(random));
  } while (size + stateSize + 32_000 < targetBytes);
  add(foot(`{"stories":[${state.join(',').replace(/</g, '\\u003c')}]}`));
  return { html: chunks.join('\n'), stories };
}
