// A single-page app: the story arrives after load, then the reader
// navigates to the next one, which replaces it.
const app = document.getElementById('app');
const stories = [
  `<article><h1>Starmer marks a year in Downing Street</h1>
   <p>Keir Starmer, who took office on July 5, 2024, marked his first anniversary as prime minister
   on Saturday.</p><p>Rishi Sunak, his predecessor, took office on October 25, 2022.</p></article>`,
  `<article><h1>Carney names his cabinet</h1>
   <p>Mark Carney was sworn in as prime minister on March 14, 2025.</p>
   <p>Justin Trudeau, who took office in November 2016, stepped down after more than nine years.</p></article>`,
];
setTimeout(() => {
  app.replaceChildren();
  app.insertAdjacentHTML('beforeend', stories[0]);
  setTimeout(() => {
    app.replaceChildren();
    app.insertAdjacentHTML('beforeend', stories[1]);
    document.documentElement.dataset.spa = 'navigated';
  }, 1200);
}, 400);
