// Reads MEANTIME documents (NewsReader CAT XML): the text is rebuilt from the
// <token> elements, the gold expressions are the TIMEX3 markables, each from
// its first to its last anchored token. MEANTIME annotates only the title and
// the first sentences of each article (sentences 0-5; every markable of the
// corpus is there but one, in sentence 6): the rest of the text is given to
// the tagger but not scored.
import { decodeEntities, parseAttributes, publishedDate } from './timeml.js';

// No space before closing punctuation, clitics ('s, n't) and %; none after
// opening brackets and quotes or a currency sign.
const NO_SPACE_BEFORE = /^(?:[,.;:!?)\]}%'’”]|n't$)/i;
const NO_SPACE_AFTER = /(?:^[(\[{“‘]|^``|\$|£|€)$/;

/** Joins tokens ({sentence, word}) into text; returns the text and each token's offsets. */
export function joinTokens(tokens) {
  let text = '';
  let previous = null;
  const offsets = [];
  for (const token of tokens) {
    if (previous) {
      if (token.sentence !== previous.sentence) {
        text += previous.sentence === tokens[0].sentence ? '\n\n' : '\n';
      } else if (!NO_SPACE_BEFORE.test(token.word) && !NO_SPACE_AFTER.test(previous.word)) {
        text += ' ';
      }
    }
    offsets.push({ start: text.length, end: text.length + token.word.length });
    text += token.word;
    previous = token;
  }
  return { text, offsets };
}

// The last annotated sentence, unless a markable lies further.
const ANNOTATED_SENTENCES = 5;

/**
 * Parses one CAT document. The creation-time TIMEX3 gives the published date
 * and is not gold. `ignore` lists the spans where system expressions are not
 * scored: the creation time (the dateline) and the text after the annotated
 * sentences. TIMEX3 without token anchors are skipped.
 */
export function parseMeantime(xml, id) {
  const tokens = [];
  for (const [, attributes, word] of xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)) {
    const a = parseAttributes(attributes);
    tokens.push({ id: a.t_id, sentence: Number(a.sentence), number: Number(a.number),
                  word: decodeEntities(word) });
  }
  const { text, offsets } = joinTokens(tokens);
  const tokenIndex = new Map(tokens.map((token, i) => [token.id, i]));

  const markables = /<Markables>([\s\S]*?)<\/Markables>/.exec(xml)?.[1] ?? '';
  const gold = [];
  const ignore = [];
  let lastSentence = ANNOTATED_SENTENCES;
  for (const [, tid] of markables.matchAll(/<token_anchor\s+t_id="([^"]*)"/g)) {
    const token = tokens[tokenIndex.get(tid)];
    if (token) lastSentence = Math.max(lastSentence, token.sentence);
  }
  const firstUnannotated = tokens.findIndex((token) => token.sentence > lastSentence);
  if (firstUnannotated >= 0) {
    ignore.push({ start: offsets[firstUnannotated].start, end: text.length, reason: 'not annotated' });
  }
  let dct = null;
  const timexPattern = /<TIMEX3\b([^>]*?)(?:\/>|>([\s\S]*?)<\/TIMEX3>)/g;
  for (const [, attributes, inner = ''] of markables.matchAll(timexPattern)) {
    const a = parseAttributes(attributes);
    const anchored = [...inner.matchAll(/<token_anchor\s+t_id="([^"]*)"/g)]
      .map(([, tid]) => tokenIndex.get(tid)).filter((i) => i !== undefined);
    const creation = a.functionInDocument === 'CREATION_TIME';
    if (creation) dct = a.value ?? null;
    if (!anchored.length) continue;
    const start = offsets[Math.min(...anchored)].start;
    const end = offsets[Math.max(...anchored)].end;
    if (creation) {
      ignore.push({ start, end, reason: 'creation time' });
    } else {
      gold.push({ start, end, text: text.slice(start, end), type: a.type ?? null,
                  value: a.value ?? null, mod: a.mod || null });
    }
  }
  gold.sort((a, b) => a.start - b.start || a.end - b.end);
  return { id, text, dct, published: publishedDate(dct), gold, ignore };
}
