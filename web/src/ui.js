// The widget's own UI: a popover that explains a claim and a summary badge
// that counts the verdicts and steps through the claims. Both live in one
// Shadow DOM, styled from a constructed stylesheet (no inline style, so a
// strict CSP allows it), and every word of the page or the timeline goes in
// as text, never as markup. Links are shown only for http: and https:
// sources; any other source is shown as text.

export const UI_TAG = 'factmark-ui';

const UI_CSS = `
:host { all: initial; }
.badge, .popover {
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1f2328; background: #ffffff; border: 1px solid #d0d7de;
  border-radius: 8px; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
}
.badge { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646;
  display: flex; align-items: center; gap: 8px; padding: 6px 8px 6px 12px; max-width: 70vw; }
.badge .count { flex: 1 1 auto; min-width: 0; }
.badge button { flex: none; }
button { font: inherit; color: inherit; background: #f6f8fa; border: 1px solid #d0d7de;
  border-radius: 6px; padding: 2px 8px; cursor: pointer; min-height: 28px; }
button:focus-visible, a:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
.popover { position: absolute; z-index: 2147483647; width: min(420px, 90vw);
  padding: 12px 14px; transition: opacity 120ms ease-out; }
.popover[hidden] { display: none; }
.verdict { display: inline-flex; align-items: center; gap: 6px; font-weight: 600;
  padding: 2px 8px; border-radius: 999px; }
.verdict.supported { background: #dafbe1; color: #116329; }
.verdict.contradicted { background: #ffebe9; color: #a40e26; }
.verdict.unverifiable { background: #eaeef2; color: #424a53; }
.head { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.kind { color: #59636e; font-size: 12px; }
h2 { font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: #59636e;
  margin: 10px 0 4px; }
p { margin: 0 0 6px; }
blockquote { margin: 8px 0; padding-left: 8px; border-left: 3px solid #d0d7de; }
ul { margin: 0; padding-left: 18px; }
li { margin-bottom: 4px; }
a { color: #0969da; }
.meta { color: #59636e; font-size: 12px; margin-top: 8px; }
@media (prefers-color-scheme: dark) {
  .badge, .popover { color: #e6edf3; background: #161b22; border-color: #30363d; }
  button { background: #21262d; border-color: #30363d; }
  .verdict.supported { background: #033a16; color: #7ee787; }
  .verdict.contradicted { background: #490202; color: #ffa198; }
  .verdict.unverifiable { background: #30363d; color: #c9d1d9; }
  .kind, h2, .meta { color: #9198a1; }
  a { color: #4493f8; }
  blockquote { border-color: #30363d; }
}
@media (prefers-reduced-motion: reduce) { .popover { transition: none; } }
.badge.notice { color: #59636e; box-shadow: none; font-size: 13px; }
@media (prefers-color-scheme: dark) { .badge.notice { color: #9198a1; } }
`;

const sheets = new WeakMap();  // window -> the constructed stylesheet

function styleSheet(view) {
  if (!view?.CSSStyleSheet) return null;
  let sheet = sheets.get(view);
  if (!sheet) {
    try {
      sheet = new view.CSSStyleSheet();
      sheet.replaceSync(UI_CSS);
    } catch {
      return null;  // no constructable stylesheets here: the UI still works, plain
    }
    sheets.set(view, sheet);
  }
  return sheet;
}

/** A URL safe to link to: http: or https: only; null otherwise. */
export function safeLink(url) {
  try {
    const parsed = new URL(String(url));
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function el(document, tag, attributes = {}, text = null) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (text !== null) element.textContent = text;
  return element;
}

/**
 * Shows the badge and wires the highlights to the popover.
 * @param {Document} document
 * @param {{claims: object[], marks: Element[][], result: object,
 *          published: {date: string|null, signal: string}, strings: object,
 *          setHidden: (hidden: boolean) => void}} state
 *   marks[i] are the highlight elements of claims[i]
 * @returns {{open: (i: number) => void, close: () => void, destroy: () => void,
 *            host: Element}}
 */
export function createUI(document, state) {
  const s = state.strings;
  const view = document.defaultView;
  const { host, shadow } = shadowHost(document);

  // The badge: counts, stepping, hiding.
  const counts = {};
  for (const c of state.claims) counts[c.verdict] = (counts[c.verdict] ?? 0) + 1;
  const badge = el(document, 'div', { class: 'badge', role: 'region', 'aria-label': s.badgeLabel });
  const summary = el(document, 'span', { class: 'count', role: 'status', 'aria-live': 'polite' });
  const previous = el(document, 'button', { type: 'button', 'aria-label': s.previous, title: s.previous }, '‹');
  const next = el(document, 'button', { type: 'button', 'aria-label': s.next, title: s.next }, '›');
  const toggle = el(document, 'button', { type: 'button', 'aria-pressed': 'false', title: s.shortcutHelp }, s.hide);
  badge.append(summary, previous, next, toggle);
  const marks = [...new Set(state.marks.flat())];
  const hasClaims = state.claims.length > 0;
  previous.disabled = next.disabled = toggle.disabled = !hasClaims;

  // The popover.
  const popover = el(document, 'div', {
    class: 'popover', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'factmark-verdict',
    hidden: '',
  });
  shadow.append(badge, popover);
  document.body.append(host);
  // Said after the live region is in the page, so screen readers hear it.
  summary.textContent = s.summary(counts, state.claims.length) +
    (state.published.date ? '' : ` ${s.noPublished}`);

  let current = -1;
  let opener = null;

  function fill(index) {
    const claim = state.claims[index];
    popover.replaceChildren();
    const head = el(document, 'div', { class: 'head' });
    const verdict = el(document, 'span', { class: `verdict ${claim.verdict}`, id: 'factmark-verdict' });
    verdict.append(el(document, 'span', { 'aria-hidden': 'true' }, s.verdictMark[claim.verdict] ?? ''),
      el(document, 'span', {}, s.verdictLong[claim.verdict] ?? claim.verdict));
    const close = el(document, 'button', { type: 'button', 'aria-label': s.close, title: s.close }, '×');
    close.addEventListener('click', () => closePopover(true));
    head.append(verdict, close);
    popover.append(head, el(document, 'div', { class: 'kind' }, s.kind[claim.kind] ?? claim.kind));
    popover.append(el(document, 'blockquote', {}, claim.text));
    popover.append(el(document, 'h2', {}, s.reading), el(document, 'p', {}, claim.explanation));
    popover.append(el(document, 'h2', {}, s.evidence));
    if (claim.evidence.length === 0) {
      popover.append(el(document, 'p', {}, s.noEvidence));
    } else {
      const list = el(document, 'ul');
      for (const e of claim.evidence.slice(0, 4)) {
        const item = el(document, 'li', {}, `${e.date}: ${e.summary} `);
        const href = safeLink(e.source);
        if (href) {
          const link = el(document, 'a', { href, target: '_blank', rel: 'noopener noreferrer' }, s.source);
          item.append(link);
        } else if (e.source) {
          // Any other scheme (javascript:, data:...) could run or open
          // something when followed: the reader still sees what the record
          // cites, as text that cannot be followed.
          item.append(el(document, 'span', {}, `${s.source}: ${e.source}`));
        }
        list.append(item);
      }
      popover.append(list);
    }
    const dataset = state.result.datasets?.[claim.evidence[0]?.dataset ? 0 : 0] ?? state.result.dataset;
    const published = state.published.date
      ? s.publishedFrom(state.published.date, state.published.signal)
      : s.noPublished;
    popover.append(el(document, 'div', { class: 'meta' },
      `${s.published}: ${published} · ${s.timeline}: ${dataset?.name ?? ''} ${dataset?.version ?? ''}`));
  }

  function place(anchor) {
    const rect = anchor.getBoundingClientRect();
    const top = rect.bottom + (view?.scrollY ?? 0) + 6;
    const width = Math.min(420, (view?.innerWidth ?? 1000) * 0.9);
    const left = Math.max(8, Math.min(rect.left + (view?.scrollX ?? 0),
      (view?.scrollX ?? 0) + (view?.innerWidth ?? 1000) - width - 16));
    // Position through the CSS object model: no style attribute is written.
    popover.style.setProperty('top', `${top}px`);
    popover.style.setProperty('left', `${left}px`);
  }

  function open(index) {
    if (index < 0 || index >= state.claims.length) return;
    current = index;
    const anchor = state.marks[index][0];
    opener = anchor;
    fill(index);
    popover.hidden = false;
    if (anchor) {
      anchor.setAttribute('aria-expanded', 'true');
      place(anchor);
      if (!state.hidden) anchor.scrollIntoView?.({ block: 'nearest' });
    }
    popover.querySelector('button')?.focus();
  }

  function closePopover(returnFocus) {
    if (popover.hidden) return;
    popover.hidden = true;
    opener?.setAttribute('aria-expanded', 'false');
    if (returnFocus) opener?.focus();
  }

  // The highlights: click, Enter or Space opens; they are the page's only
  // elements that get listeners, and they are factmark's own.
  const indexOf = new Map();
  state.marks.forEach((list, i) => list.forEach((mark) => indexOf.set(mark, i)));
  const onMarkClick = (event) => {
    const i = indexOf.get(event.currentTarget);
    if (i !== undefined) open(i);
  };
  const onMarkKey = (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onMarkClick(event);
    }
  };
  for (const mark of marks) {
    mark.setAttribute('role', 'button');
    mark.setAttribute('aria-haspopup', 'dialog');
    mark.setAttribute('aria-expanded', 'false');
    mark.addEventListener('click', onMarkClick);
    mark.addEventListener('keydown', onMarkKey);
  }

  previous.addEventListener('click', () => open(current <= 0 ? state.claims.length - 1 : current - 1));
  next.addEventListener('click', () => open((current + 1) % state.claims.length));
  const setHidden = (hidden) => {
    state.hidden = hidden;
    state.setHidden(hidden);
    toggle.textContent = hidden ? s.show : s.hide;
    toggle.setAttribute('aria-pressed', hidden ? 'true' : 'false');
    if (hidden) closePopover(false);
  };
  toggle.addEventListener('click', () => setHidden(!state.hidden));

  // Escape closes; the documented shortcut shows or hides all highlights.
  const onKey = (event) => {
    if (event.key === 'Escape' && !popover.hidden) {
      closePopover(true);
    } else if (event.altKey && event.shiftKey && (event.key === 'F' || event.key === 'f' ||
               event.code === 'KeyF') && hasClaims) {
      event.preventDefault();
      setHidden(!state.hidden);
    }
  };
  document.addEventListener('keydown', onKey);
  const onOutside = (event) => {
    if (popover.hidden) return;
    const path = event.composedPath?.() ?? [];
    if (!path.includes(host) && !marks.some((m) => path.includes(m))) closePopover(false);
  };
  document.addEventListener('click', onOutside);

  return {
    host,
    open,
    close: () => closePopover(false),
    destroy() {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onOutside);
      for (const mark of marks) {
        mark.removeEventListener('click', onMarkClick);
        mark.removeEventListener('keydown', onMarkKey);
      }
      host.remove();
    },
  };
}

/** Whether this document can hold the widget's UI (a body with Shadow DOM). */
export function canShowUI(document) {
  return Boolean(document.body) && typeof document.body.attachShadow === 'function';
}

// The element the badge, popover or notice live in, with its shadow root
// styled from the shared sheet; the caller fills it and appends it.
function shadowHost(document) {
  const host = el(document, UI_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = styleSheet(document.defaultView);
  if (sheet) shadow.adoptedStyleSheets = [sheet];
  return { host, shadow };
}

/**
 * The quiet notice shown instead of the badge when the page could not be
 * checked: one muted line, in the badge's place, that the reader can
 * dismiss. It says why in the widget's words; the error itself goes to the
 * `factmark:error` event, never the console.
 * @param {Document} document
 * @param {{strings: object, code?: string}} state code: the error's code
 * @returns {{destroy: () => void, host: Element}}
 */
export function createNotice(document, state) {
  const s = state.strings;
  const { host, shadow } = shadowHost(document);
  const notice = el(document, 'div', { class: 'badge notice', role: 'region', 'aria-label': s.badgeLabel });
  const message = el(document, 'span', { class: 'count', role: 'status' });
  const dismiss = el(document, 'button', { type: 'button', 'aria-label': s.close, title: s.close }, '×');
  dismiss.addEventListener('click', () => host.remove());
  notice.append(message, dismiss);
  shadow.append(notice);
  document.body.append(host);
  // Said after the live region is in the page, so screen readers hear it.
  message.textContent = s.notice(s.failure[state.code] ?? s.failure.other);
  return { host, destroy: () => host.remove() };
}
