/**
 * Line breaks in headings and ledes of a rendered HTML page: <wbr> between the words of Chinese text (with
 * `word-break: keep-all` in base.css a Chinese heading then wraps only between words, never inside one), and a
 * no-break space inside names such as "SOC 2" and "ISO/IEC 42001", whose number must stay with its name.
 */
import { isCjk, wordBreakOffsets } from "./cjk.ts";

/** Elements whose text keeps its words whole: headings, and elements with the class `lede` or `keep-words`. */
const targets =
  /<(h[1-6])\b([^>]*)>([\s\S]*?)<\/\1>|<(p|span|div)\b([^>]*\bclass="[^"]*\b(?:lede|keep-words)\b[^"]*"[^>]*)>([\s\S]*?)<\/\4>/g;

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntity(entity: string): string {
  const body = entity.slice(1, -1);
  if (body.startsWith("#x") || body.startsWith("#X")) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
  if (body.startsWith("#")) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
  return entities[body] ?? entity;
}

/** The inner HTML of one element with <wbr> at the word breaks of its text (markup and entities kept as they are). */
export function insertWordBreaks(inner: string): string {
  const parts = inner.split(/(<[^>]*>)/);
  // Units of text: an entity or one code point, with its decoded text and offset in the element's whole text.
  const units: { part: number; raw: string; offset: number }[] = [];
  let text = "";
  parts.forEach((part, index) => {
    if (index % 2 === 1) return;
    for (const match of part.matchAll(/&[#\w]+;|[\s\S]/gu)) {
      const raw = match[0];
      units.push({ part: index, raw, offset: text.length });
      text += raw.length > 1 && raw.startsWith("&") ? decodeEntity(raw) : raw;
    }
  });
  if (!Array.from(text).some(isCjk)) return inner;
  const breaks = new Set(wordBreakOffsets(text));
  const rebuilt = parts.map((part, index) => (index % 2 === 1 ? part : ""));
  for (const unit of units) {
    rebuilt[unit.part] += (breaks.has(unit.offset) ? "<wbr>" : "") + unit.raw;
  }
  return rebuilt.join("");
}

/** Text (outside tags) with a no-break space between a Latin word and the number after it ("SOC 2", "IEC 42001"). */
export function bindNamesToNumbers(inner: string): string {
  return inner
    .split(/(<[^>]*>)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/([A-Za-z]) (?=\d)/g, "$1\u00a0")))
    .join("");
}

/** The page with these breaks in every heading and lede. */
export function addHeadingBreaks(html: string): string {
  return html.replace(targets, (whole, hTag, hAttrs, hInner, pTag, pAttrs, pInner) => {
    const tag = hTag ?? pTag;
    const attrs = hTag ? hAttrs : pAttrs;
    const inner = hTag ? hInner : pInner;
    // Names stay with their numbers in headings and ledes; small labels (keep-words) may need the break.
    const bound = hTag || /\blede\b/.test(pAttrs) ? bindNamesToNumbers(inner) : inner;
    const updated = insertWordBreaks(bound);
    return updated === inner ? whole : `<${tag}${attrs}>${updated}</${tag}>`;
  });
}
