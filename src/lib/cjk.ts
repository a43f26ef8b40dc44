/**
 * Chinese line-breaking rules (after W3C "Requirements for Chinese Text Layout"), shared by the web pages and the PDF
 * report: which characters may not start or end a line (kinsoku), which characters are Han / CJK, and where a line
 * may break without splitting a word (word boundaries from Intl.Segmenter, minus the kinsoku positions).
 */

/** Closing punctuation and marks that must not start a line. */
export const noLineStart: ReadonlySet<string> = new Set(
  Array.from("、。，．：；！？）」』】〕〉》〗〙’”…‥·・ー％%,.:;!?)]}"),
);
/** Opening brackets and quotes that must not end a line. */
export const noLineEnd: ReadonlySet<string> = new Set(Array.from("（「『【〔〈《〖〘‘“([{"));

/** Scripts written without spaces (Han, kana, Hangul, CJK punctuation and full-width forms). */
export function isCjk(char: string): boolean {
  const cp = char.codePointAt(0) ?? 0;
  return (
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    cp >= 0x20000
  );
}

let segmenter: Intl.Segmenter | undefined;

/** Single characters that stand as words of their own (particles, conjunctions, prepositions, pronouns). */
const standAlone = new Set(
  Array.from(
    "的及與或和在是為由按就並但其之於對向從以把被而也都會可須要將還如若即等你我他她它這那哪誰不有到至則且又給",
  ),
);

/** Words the dictionary splits but Hong Kong usage keeps whole. */
const wholeWords = [
  "人工智能",
  "準備程度",
  "個人資料",
  "管理體系",
  "信託服務",
  "私隱專員公署",
  "金管局",
  "證監會",
  "保監局",
];

const isHanChar = (text: string) => /^\p{Script=Han}$/u.test(text);

/**
 * Start offsets (UTF-16) of the words of a Traditional Chinese text: Intl.Segmenter's words, with two corrections for
 * Hong Kong terms its dictionary does not know: a lone Han character that is not a particle joins its neighbour
 * ("日|數" → "日數", "審|驗" → "審驗", "保|監|局" → "保監局"), and the terms in `wholeWords` are never split.
 */
export function wordStarts(text: string): Set<number> {
  segmenter ??= new Intl.Segmenter("zh-Hant", { granularity: "word" });
  const segments = [...segmenter.segment(text)].map(({ segment, index }) => {
    const chars = Array.from(segment);
    const han = chars.every(isHanChar);
    return { index, han, lone: han && chars.length === 1 && !standAlone.has(segment) };
  });
  const starts = new Set<number>();
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (!segment) continue;
    const previous = segments[i - 1];
    const next = segments[i + 1];
    if (segment.lone) {
      // A run of lone characters is one word ("保|監|局"); a single one joins the word before it, else the next.
      let end = i;
      while (segments[end + 1]?.lone) end++;
      if (end > i) {
        starts.add(segment.index);
        i = end;
        continue;
      }
      if (previous?.han && !previous.lone && i > 0) continue;
      starts.add(segment.index);
      if (next?.han) i++;
      continue;
    }
    starts.add(segment.index);
  }
  for (const term of wholeWords) {
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
      for (let inside = at + 1; inside < at + term.length; inside++) starts.delete(inside);
    }
  }
  return starts;
}

/**
 * Offsets where a line may break between two words inside Chinese text: a word boundary with a CJK character on
 * at least one side, no space on either side, and neither kinsoku rule broken. Latin runs ("ISO/IEC 42001") are
 * left to the browser's own rules.
 */
export function wordBreakOffsets(text: string): number[] {
  const out: number[] = [];
  for (const index of wordStarts(text)) {
    if (index === 0) continue;
    // The code points either side of the boundary (a low surrogate ends a two-unit character).
    const low = /[\uDC00-\uDFFF]/.test(text.charAt(index - 1));
    const prev = text.slice(low ? index - 2 : index - 1, index);
    const next = String.fromCodePoint(text.codePointAt(index) ?? 0);
    if (/\s/.test(prev) || /\s/.test(next)) continue;
    if (noLineEnd.has(prev) || noLineStart.has(next)) continue;
    if (!isCjk(prev) && !isCjk(next)) continue;
    out.push(index);
  }
  return out.sort((a, b) => a - b);
}
