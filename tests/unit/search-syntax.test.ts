import { describe, expect, it } from 'vitest';
import { hasText, parseSearch } from '../../app/features/publication/search-syntax';
import { highlightParts } from '../../app/features/publication/highlight';

const words = (q: string) =>
  parseSearch(q).clauses.map(
    (c) => (c.negated ? '-' : '') + c.anyOf.map((t) => (t.phrase ? `"${t.text}"` : t.text)).join('|'),
  );

describe('search syntax', () => {
  it('reads free words, quoted phrases, exclusions and "or"', () => {
    expect(words('metaverse  avatars')).toEqual(['metaverse', 'avatars']);
    expect(words('"digital twin" cities')).toEqual(['"digital twin"', 'cities']);
    expect(words('metaverse -network -"smart city"')).toEqual(['metaverse', '-network', '-"smart city"']);
    expect(words('avatar or haptics or twin cities')).toEqual(['avatar|haptics|twin', 'cities']);
    expect(words('元宇宙 карта')).toEqual(['元宇宙', 'карта']);
    expect(words('"unclosed phrase')).toEqual(['"unclosed phrase"']);
    expect(words('or alone')).toEqual(['alone']);
  });

  it('reads every filter, in any case, negated with a dash, combined with text', () => {
    const q = parseSearch(
      'avatar TYPE:Input wg:WG2 q:Q1/20 source:"China Mobile" decision:agreed late:no has:file no:file since:2023-06-01 -type:output',
    );
    expect(q.problems).toEqual([]);
    expect(words('avatar type:input')).toEqual(['avatar']);
    expect(q.filters).toEqual([
      { kind: 'type', value: 'input', negated: false },
      { kind: 'group', value: 'WG2', negated: false },
      { kind: 'group', value: 'Q1/20', negated: false },
      { kind: 'source', value: 'China Mobile', negated: false },
      { kind: 'decision', value: 'agreed', negated: false },
      { kind: 'late', value: false, negated: false },
      { kind: 'file', value: true, negated: false },
      { kind: 'file', value: false, negated: false },
      { kind: 'since', value: '2023-06-01', negated: false },
      { kind: 'type', value: 'output', negated: true },
    ]);
    expect(parseSearch('decision:none').filters).toEqual([{ kind: 'decision', value: 'none', negated: false }]);
  });

  it('treats unknown prefixes and colons in words as text', () => {
    expect(words('foo:bar http://example.org 10:30')).toEqual(['foo:bar', 'http://example.org', '10:30']);
    expect(parseSearch('author:"Kim"').clauses[0].anyOf[0]).toEqual({ text: 'author:Kim', phrase: true });
    expect(parseSearch('foo:bar').problems).toEqual([]);
  });

  it('reports bad values with a message and never throws', () => {
    const keys = (q: string) => parseSearch(q).problems.map((p) => p.key);
    expect(keys('since:2023-02-30')).toEqual(['search.problem.since']);
    expect(keys('since:yesterday')).toEqual(['search.problem.since']);
    expect(parseSearch('since:yesterday').problems[0].vars).toEqual({ value: 'yesterday' });
    expect(keys('type:memo')).toEqual(['search.problem.type']);
    expect(keys('decision:maybe')).toEqual(['search.problem.decision']);
    expect(keys('late:perhaps')).toEqual(['search.problem.late']);
    expect(keys('has:cake')).toEqual(['search.problem.has']);
    expect(keys('type:')).toEqual(['search.problem.empty']);
    expect(keys(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))).toEqual(['search.problem.tooLong']);
    for (const q of ['', '"', '-', '--', '""', ':', 'a:"', "'; drop table x; --", '\u0000', '🙂'.repeat(300)])
      expect(() => parseSearch(q), q).not.toThrow();
  });

  it('normalises full-width letters and knows whether there is text to rank', () => {
    expect(words('ＦＧＭＶ')).toEqual(['FGMV']);
    expect(hasText(parseSearch('type:input'))).toBe(false);
    expect(hasText(parseSearch('type:input avatar'))).toBe(true);
    expect(hasText(parseSearch('-avatar'))).toBe(false);
  });
});

describe('highlighting', () => {
  const marked = (text: string, marks: { words?: string[]; substrings?: string[] }) =>
    highlightParts(text, { words: marks.words ?? [], substrings: marks.substrings ?? [] })
      .filter((p) => p.mark)
      .map((p) => p.text);

  it('marks substrings (Chinese) and whole words from stems (Russian, French), leaving the text as it was', () => {
    const title = '元宇宙标准化路线图';
    expect(marked(title, { substrings: ['标准化'] })).toEqual(['标准化']);
    expect(marked('Дорожную карту метавселенной', { words: ['карт'] })).toEqual(['карту']);
    expect(marked('Les normalisations des avatars', { words: ['normalis'] })).toEqual(['normalisations']);
    expect(marked('Metaverse and the METAVERSE', { substrings: ['metaverse'] })).toEqual(['Metaverse', 'METAVERSE']);
    const text = 'ابحث ‏الوثائق‎ 🙂 e\u0301te\u0301';
    const parts = highlightParts(text, { words: [], substrings: ['الوثائق', 'été'.normalize('NFD')] });
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['الوثائق', 'e\u0301te\u0301']);
  });

  it('merges overlapping marks and leaves unrelated words alone', () => {
    expect(marked('Interoperability of avatars', { words: ['avatar'], substrings: ['avat'] })).toEqual(['avatars']);
    expect(marked('Theory of the network', { words: ['the'] })).toEqual(['Theory', 'the']);
    expect(marked('Cartography', { words: ['cart'] })).toEqual([]);
  });
});
