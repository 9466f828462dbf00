/**
 * The subtitle guides' limits (BBC, Netflix): at most two lines of about 42 characters on
 * screen at once, and time enough to read at about 17 characters a second.
 */
export const CAPTION_LINE_CHARS = 42;
export const CAPTION_MAX_LINES = 2;
export const READING_CHARS_PER_SECOND = 17;

/** The lines `text` breaks into at `width` characters, word by word. */
export function wrapCaption(text: string, width = CAPTION_LINE_CHARS): string[] {
  const rows: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = rows[rows.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) rows[rows.length - 1] = `${last} ${word}`;
    else rows.push(word);
  }
  return rows;
}

export function fitsOnScreen(text: string): boolean {
  return wrapCaption(text).length <= CAPTION_MAX_LINES && wrapCaption(text).every((row) => row.length <= CAPTION_LINE_CHARS);
}

/**
 * A caption too long for two lines, cut where it breaks naturally: between sentences first (short
 * ones kept together), a sentence too long by itself after a clause, a clause too long between
 * words. Each piece fits; a caption that fits stays as it is.
 */
export function captionChunks(text: string): string[] {
  if (fitsOnScreen(text)) return [text];
  return packed(text.split(/(?<=[.:;!?])\s+/), (sentence) => packed(sentence.split(/(?<=,)\s+/), byWords));
}

/** Joins neighbouring pieces while they fit together; a piece too long alone goes to `cut`. */
function packed(pieces: readonly string[], cut: (piece: string) => string[]): string[] {
  const out: string[] = [];
  let open = false;
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (open && last !== undefined && fitsOnScreen(`${last} ${piece}`)) out[out.length - 1] = `${last} ${piece}`;
    else if (fitsOnScreen(piece)) out.push(piece);
    else {
      out.push(...cut(piece));
      open = false;
      continue;
    }
    open = true;
  }
  return out;
}

function byWords(text: string): string[] {
  const rows = wrapCaption(text);
  const out: string[] = [];
  for (let i = 0; i < rows.length; i += CAPTION_MAX_LINES) out.push(rows.slice(i, i + CAPTION_MAX_LINES).join(' '));
  return out;
}

const chunked = new WeakMap<readonly string[], string[]>();

/** A scene's narration as the captions the tour shows, each one fitting the screen. */
export function narrationCaptions(narration: readonly string[]): string[] {
  let out = chunked.get(narration);
  if (!out) chunked.set(narration, (out = narration.flatMap(captionChunks)));
  return out;
}
