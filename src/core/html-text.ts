// Turns HTML-bearing strings (JSON-LD descriptions, embedded JSON) into plain text without a DOM, so
// page markup is never parsed into a live document and the same code runs in Node.

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '-',
  mdash: '-',
  hellip: '...',
  rsquo: "'",
  lsquo: "'",
  rdquo: '"',
  ldquo: '"',
  bull: '\u2022',
  middot: '\u00b7',
  trade: '\u2122',
  reg: '\u00ae',
  copy: '\u00a9',
  eacute: '\u00e9',
  euro: '\u20ac',
  pound: '\u00a3',
  yen: '\u00a5',
  rupee: '\u20b9',
  shy: '',
  zwj: '',
  zwnj: '',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  times: '\u00d7',
  deg: '\u00b0',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

// Patterns here run over whatever a page puts in its JSON-LD, so none may rescan text: a tag's body
// stops at the next "<" (`[^>]*` rescans the rest of the text from every "<" when no ">" follows), an
// unclosed script or comment runs to the end as it does in a browser, and a run of spaces is read once.
const BLOCK_TAGS =
  /<\s*(?:\/\s*)?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|dt|dd)\b[^<>]*>/gi;

/** Plain text with a line per block element and list item. Handles entity-encoded HTML too. */
export function htmlToText(html: string): string {
  let text = html;
  // Descriptions are sometimes HTML that was entity-encoded once more ("&lt;p&gt;").
  if (!/<[a-z]/i.test(text) && /&lt;\s*(?:\/\s*)?[a-z]/i.test(text)) text = decodeEntities(text);
  if (!/<[a-z!/]/i.test(text)) return decodeEntities(text).trim();
  return (
    decodeEntities(
      text
        .replace(/<(script|style|template|noscript)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
        .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
        .replace(BLOCK_TAGS, '\n')
        .replace(/<[^<>]*>/g, ''),
    )
      // Indentation of the markup survives as spaces around the line breaks.
      .replace(/\n[ \t]+/g, '\n')
      .replace(/(?<![ \t])[ \t]+(?=\n)/g, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}
