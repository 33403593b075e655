// Writes a news page of about 20,000 words for the gallery test: a long
// report whose paragraphs repeat, with variations, dated claims of every
// kind, between navigation, asides and a comment thread.
import { mkdir, writeFile } from 'node:fs/promises';

const PARAGRAPHS = [
  (i) => `In section ${i}, officials recalled that Keir Starmer took office on July 5, 2024, and that
    Rishi Sunak, his predecessor, took office on October 25, 2022, after a summer of turmoil.`,
  (i) => `Delegates in room ${i} noted that South Korean President Lee Jae Myung, who took office on
    June 4, had met Japanese Prime Minister Shigeru Ishiba on Monday to discuss trade.`,
  (i) => `A panel of ${i + 3} historians said Germany reunified on October 3, 1990, and that
    Chancellor Helmut Kohl led the country for 16 years before his defeat.`,
  (i) => `Archivists said Donald Trump took office on January 21, 2017, a date that still appears in
    textbook ${i}, although the ceremony took place a day earlier.`,
  (i) => `The committee's ${i}th session heard that the Berlin Wall went up on August 13, 1961,
    and that crowds crossed it freely after the border opened in November 1989.`,
  (i) => `Witness ${i} told the hearing that ministers had met on several occasions that spring,
    though nobody could say exactly when the first talks began or how long they lasted.`,
];

export async function writeLongPage(dir) {
  await mkdir(dir, { recursive: true });
  const body = [];
  let words = 0;
  for (let i = 1; words < 20000; i++) {
    const text = PARAGRAPHS[i % PARAGRAPHS.length](i).replace(/\s+/g, ' ');
    words += text.split(' ').length;
    body.push(i % 40 === 0 ? `<h2>Part ${i / 40}</h2>\n<p>${text}</p>` : `<p>${text}</p>`);
  }
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta property="article:published_time" content="2025-07-28T09:00:00Z">
<title>The long report — factmark gallery</title>
<link rel="icon" href="/demo/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/demo/gallery/gallery.css">
<script type="module" src="/dist/factmark.embed.js"></script></head>
<body><header class="site-header"><nav><a href="/">Home</a> <a href="/">World</a></nav></header>
<div class="layout"><main><article><h1>The long report</h1>
${body.join('\n')}
</article><section class="comments"><p>Reader: Lee took office on June 9.</p></section></main>
<aside class="sidebar"><p>Most read: Starmer took office on July 9, 2024.</p></aside></div>
<footer class="site-footer">Gallery Gazette</footer></body></html>`;
  await writeFile(`${dir}long.html`, html);
  return words;
}
