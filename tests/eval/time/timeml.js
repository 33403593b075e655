// Reads TimeML files (TimeBank, AQUAINT): the document text is the content of
// <TEXT> with every tag removed and entities decoded; the gold expressions are
// the TIMEX3 elements inside it, with UTF-16 offsets into that text.

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes one XML entity name ("amp", "#39", "#x27"); unknown ones stay as written. */
export function decodeEntity(name) {
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X'
      ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : `&${name};`;
  }
  return ENTITIES[name] ?? `&${name};`;
}

export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (_, name) => decodeEntity(name));
}

/** Attributes of a start tag, in any order: ' a="1" b="x"' → {a: '1', b: 'x'}. */
export function parseAttributes(source) {
  const attributes = {};
  for (const [, name, , value1, value2] of source.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    attributes[name] = decodeEntities(value1 ?? value2);
  }
  return attributes;
}

/** The published date (YYYY-MM-DD) of a DCT value, or null when it is not a full date. */
export function publishedDate(value) {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value?.trim() ?? '');
  return match ? match[1] : null;
}

/**
 * Parses one TimeML document.
 * @returns {{id, text, dct, published, gold: {start, end, text, type, value, mod}[]}}
 */
export function parseTimeML(xml, id) {
  const dctElement = /<DCT>([\s\S]*?)<\/DCT>/.exec(xml);
  const dctTag = dctElement && /<TIMEX3\b([^>]*)>/.exec(dctElement[1]);
  const dct = dctTag ? parseAttributes(dctTag[1]).value ?? null : null;

  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml);
  if (!body) throw new Error(`${id}: no <TEXT> element`);

  let text = '';
  const gold = [];
  const open = [];  // TIMEX3 elements not yet closed
  const token = /<(\/?)([\w:.-]+)([^>]*?)(\/?)>|&(#x[0-9a-f]+|#[0-9]+|[a-z]+);|[^<&]+|[<&]/gi;
  for (const [whole, closing, name, attributes, selfClosing, entity] of body[1].matchAll(token)) {
    if (name === undefined) {
      text += entity !== undefined ? decodeEntity(entity) : whole;
    } else if (name === 'TIMEX3' && !closing && !selfClosing) {
      open.push({ start: text.length, ...parseAttributes(attributes) });
    } else if (name === 'TIMEX3' && closing) {
      const timex = open.pop();
      if (!timex) throw new Error(`${id}: unbalanced </TIMEX3>`);
      gold.push({
        start: timex.start, end: text.length, text: text.slice(timex.start),
        type: timex.type ?? null, value: timex.value ?? null, mod: timex.mod ?? null,
      });
    }
  }
  if (open.length) throw new Error(`${id}: unclosed <TIMEX3>`);
  gold.sort((a, b) => a.start - b.start || a.end - b.end);
  return { id, text, dct, published: publishedDate(dct), gold };
}
