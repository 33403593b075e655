// Type declarations for factmark's JavaScript API (web/src/factmark.js).

export type Verdict = 'supported' | 'contradicted' | 'unverifiable';
export type ClaimKind = 'event-date' | 'role-at-time' | 'anniversary' | 'elapsed-time';

export interface Evidence {
  id: string;
  type: string;
  date: string;
  summary: string;
  source: string;
  dataset: string;
}

export interface Claim {
  /** UTF-16 offsets into the checked text: text.slice(start, end) === claim.text */
  start: number;
  end: number;
  text: string;
  kind: ClaimKind;
  verdict: Verdict;
  claimed: { value: string; precision: 'day' | 'month' | 'year' } | null;
  evidence: Evidence[];
  explanation: string;
}

export interface Dataset {
  name: string;
  version: string;
  events: number;
  coverage_end: string;
}

export interface Result {
  published: string | null;
  dataset: Dataset;
  datasets: Dataset[];
  claims: Claim[];
}

export interface PublishedDate {
  date: string | null;
  /** Where the date came from: 'JSON-LD datePublished', 'meta article:published_time', '<time datetime>', 'option', 'none' ... */
  signal: string;
}

export interface AnnotateOptions {
  /** YYYY-MM-DD; wins over the page's own date signals. */
  published?: string;
  /** A loaded checker to use instead of the shared one. */
  checker?: Checker;
  /** Check in a Web Worker (default: where Workers exist). */
  worker?: boolean;
  /** Check content added under the root later (default false; the embed turns it on). */
  observe?: boolean;
  /** Milliseconds to wait for added content to settle (default 300). */
  observeDelay?: number;
  /** Show the badge and the popover (default true). */
  ui?: boolean;
  /** Language of the widget's words (default: the page's lang). */
  lang?: string;
  wasmUrl?: string | URL;
  timelineUrl?: string | URL;
}

export interface Annotation {
  /** The result for the root's text (content added later has its own). */
  result: Result;
  published: PublishedDate;
  /** Every claim shown, the root's and those of content added later. */
  readonly claims: Claim[];
  readonly elements: Element[];
  hidden: boolean;
  /** Shows or hides every highlight (the badge's button, Alt+Shift+F). */
  setHidden(hidden: boolean): void;
  /** Restores the page exactly: the same nodes, text and attributes. */
  remove(): void;
}

/** Checks the text under root and highlights each claim with its verdict. */
export function annotate(root: Element, options?: AnnotateOptions): Promise<Annotation>;

/**
 * Starts loading the core and the timeline in the worker ahead of annotate()
 * with the same options (nothing where the check runs on the main thread).
 */
export function preload(options?: AnnotateOptions): void;

export function findArticleRoot(
  document: Document,
  options?: { root?: Element; selector?: string },
): { root: Element; found: string };

export function findPublishedDate(document: Document, override?: string | null): PublishedDate;

export function extractText(root: Node): { text: string; segments: { node: Text; start: number }[] };

export const HIGHLIGHT_TAG: 'factmark-claim';

export function toClaimReview(result: Result, options?: { url?: string; author?: string }): object[];
export function toWebAnnotations(result: Result, text: string, options?: { source?: string }): object[];

export function strings(lang?: string): Record<string, unknown>;

export class FactmarkError extends Error {
  code: 'invalid-argument' | 'invalid-input' | 'invalid-data' | 'corrupt-data' | 'fetch-failed' | string;
}

export interface CheckOptions {
  published?: string | null;
}

export class Checker {
  /** The result, parsed. */
  check(text: string | Uint8Array, options?: CheckOptions): Result;
  /** The result JSON text, as the command line prints it. */
  checkJson(text: string | Uint8Array, options?: CheckOptions): string;
  /** The readable report, as `factmark check --format text` prints it. */
  report(text: string | Uint8Array, options?: CheckOptions): string;
  /** What the timelines hold, as `factmark stats` prints it. */
  stats(format?: 'text' | 'json'): string;
  /** Frees the core's memory; the checker cannot be used after. */
  delete(): void;
}

export function loadChecker(options?: {
  wasmUrl?: string | URL;
  timelineUrl?: string | URL;
  timelines?: Uint8Array[];
}): Promise<Checker>;

declare global {
  interface DocumentEventMap {
    'factmark:checked': CustomEvent<{ result: Result; claims: Claim[]; published: PublishedDate; counts: Partial<Record<Verdict, number>> }>;
    'factmark:error': CustomEvent<Error>;
  }
  interface Window {
    /** Set by the one-tag embed (web/src/embed.js). */
    factmark?: { ready: Promise<Annotation | null>; annotation: Annotation | null; remove(): void; toggle(): void };
  }
}
