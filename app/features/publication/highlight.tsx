/** Marks the words a search matched in a title or source, as React elements (text is never parsed as HTML). */

export interface SearchMarks {
  /** Stems: a word equal to one, or starting with one (with a short ending), is marked whole. */
  words: string[];
  /** Terms marked wherever they occur (Chinese, Japanese, Korean, numbers, phrases), case-insensitively. */
  substrings: string[];
}

export interface TextPart {
  text: string;
  mark: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest ending after a stem still taken as the same word (normalisations → normalis). */
const MAX_ENDING = 6;

/** The text cut into marked and unmarked parts, in order; joined they give the text back unchanged. */
export function highlightParts(text: string, marks: SearchMarks): TextPart[] {
  const ranges: [number, number][] = [];
  for (const s of marks.substrings) {
    if (!s) continue;
    for (const m of text.matchAll(new RegExp(escapeRegExp(s), 'giu'))) ranges.push([m.index, m.index + m[0].length]);
  }
  if (marks.words.length)
    for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
      const w = m[0].toLowerCase();
      const hit = marks.words.some(
        (stem) => w === stem || (stem.length >= 3 && w.startsWith(stem) && w.length - stem.length <= MAX_ENDING),
      );
      if (hit) ranges.push([m.index, m.index + m[0].length]);
    }
  if (!ranges.length) return [{ text, mark: false }];
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: TextPart[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) parts.push({ text: text.slice(at, from), mark: false });
    const last = parts[parts.length - 1];
    if (last?.mark && from === at) last.text += text.slice(from, end);
    else parts.push({ text: text.slice(from, end), mark: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}

export function Highlight({ text, marks }: { text: string; marks: SearchMarks | null }) {
  if (!marks || (!marks.words.length && !marks.substrings.length)) return <>{text}</>;
  return <>{highlightParts(text, marks).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}
