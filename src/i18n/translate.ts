/**
 * The one translation function of the site. Pages, components, islands, the PDF and Markdown report, the server's
 * enquiry messages and the CLIs all look strings up through {@link createT}; the engine's own messages
 * (content/assessment/messages.yaml, filled by `src/report/format.ts`) share its template filler {@link fillParts}.
 *
 * Template syntax (a small subset of ICU MessageFormat):
 * - `{name}` is replaced by the parameter `name`: a string as given, a number formatted with
 *   `Intl.NumberFormat(intlLocale)` (or the `numberFormat` passed to `createT`).
 * - `{name, plural, =0 {…} one {…} other {…}}` picks a branch by the exact value (`=0`) or else by the locale's plural
 *   category of the number (`Intl.PluralRules`), falling back to `other`; `#` in the branch stands for the formatted
 *   number, and a branch may hold further placeholders. Write every category the locale has: English has `one` and
 *   `other`, Traditional Chinese only `other` (so a zh-HK string needs no more than `{n, plural, other {# 日}}`).
 * - Any other `{` (one not followed by `name}` or `name, plural,`, such as JSON quoted in a help text) is plain text.
 *
 * The missing-key rule: a pack's keys are its English file's keys, so `t("no.such.key")` is a type error; at run time a
 * key that is absent or blank, or a `{name}` without a value, throws. Nothing ever renders a raw key, a `{name}` or a
 * blank, and because pages are built ahead, a gap fails the build.
 *
 * This module imports no pack, so an island that calls `createT` with the pack its page passed in downloads only that.
 */
import { intlLocale, type Locale } from "./locales.ts";

/** A language pack: message key to template. */
export type Pack<K extends string = string> = Readonly<Record<K, string>>;
export type Params = Readonly<Record<string, string | number>>;

/** A link kept as a part of a rich text, so a page can render it as an anchor. */
export interface RichLink {
  readonly href: string;
  readonly text: string;
}
export type RichValue = string | number | RichLink;
export type RichPart = string | RichLink;

export interface Translator<K extends string> {
  (key: K, params?: Params): string;
  /** Like `t`, but link values stay as separate parts (adjacent text merged, no empty parts). */
  rich(key: K, params?: Readonly<Record<string, RichValue>>): RichPart[];
  readonly locale: Locale;
}

export interface CreateTOptions {
  /** How numbers are shown; `Intl.NumberFormat(intlLocale[locale])` when not given. */
  readonly numberFormat?: Intl.NumberFormat;
}

/** How a filler reads the parameters of one template. */
export interface FillScheme<P> {
  /** The text (or part) for `{name}`. */
  value(name: string): string | P;
  /** The number a `{name, plural, …}` chooses by (NaN when it is not a number). */
  count(name: string): number;
  /** How `#` shows that number. */
  number(n: number): string;
  /** The locale's plural category of a number. */
  category(n: number): Intl.LDMLPluralRule;
}

/**
 * Fills a template by the syntax above. Returns text and `P` parts in order, adjacent text merged, no empty strings.
 * Shared by `t` (which throws on a missing parameter) and the engine's `fill` (which keeps it as written).
 */
export function fillParts<P>(template: string, scheme: FillScheme<P>): (string | P)[] {
  const out: (string | P)[] = [];
  const push = (part: string | P) => {
    if (part === "") return;
    const last = out.length - 1;
    if (typeof part === "string" && typeof out[last] === "string") out[last] = (out[last] as string) + part;
    else out.push(part);
  };
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open === -1) {
      push(template.slice(i));
      break;
    }
    push(template.slice(i, open));
    const plural = /^\{(\w+), plural,/.exec(template.slice(open));
    if (!plural) {
      const simple = /^\{(\w+)\}/.exec(template.slice(open));
      // A brace that opens neither `{name}` nor a plural (JSON shown in a help text) is text.
      push(simple ? scheme.value(simple[1] as string) : "{");
      i = open + (simple ? simple[0].length : 1);
      continue;
    }
    // Branches: `one {…} other {…}` up to the closing brace of the plural.
    const branches = new Map<string, string>();
    let j = open + plural[0].length;
    while (j < template.length && template[j] !== "}") {
      const head = /^\s*(\w+|=\d+)\s*\{/.exec(template.slice(j));
      if (!head) break;
      let depth = 1;
      let k = j + head[0].length;
      const start = k;
      while (k < template.length && depth > 0) {
        if (template[k] === "{") depth++;
        else if (template[k] === "}") depth--;
        k++;
      }
      branches.set(head[1] as string, template.slice(start, k - 1));
      j = k;
      while (template[j] === " ") j++;
    }
    const n = scheme.count(plural[1] as string);
    const branch = branches.get(`=${n}`) ?? branches.get(scheme.category(n)) ?? branches.get("other") ?? "";
    for (const part of fillParts(branch.replaceAll("#", scheme.number(n)), scheme)) push(part);
    i = j + 1;
  }
  return out;
}

/** The parameter names of a template (simple and plural), sorted and without repeats. */
export function placeholders(template: string): string[] {
  const names = new Set<string>();
  for (const match of template.matchAll(/\{(\w+)(?:\}|, plural,)/g)) names.add(match[1] as string);
  return [...names].sort();
}

/**
 * A translator over one pack of one locale. `t(key, params)` fills the key's template; see this module's comment for
 * the syntax and the missing-key rule.
 */
export function createT<K extends string>(locale: Locale, pack: Pack<K>, options: CreateTOptions = {}): Translator<K> {
  const numbers = options.numberFormat ?? new Intl.NumberFormat(intlLocale[locale]);
  const plurals = new Intl.PluralRules(intlLocale[locale]);
  const template = (key: K): string => {
    const text = (pack as Record<string, string | undefined>)[key];
    if (typeof text !== "string" || text.trim() === "") throw new Error(`Missing ${locale} string "${key}"`);
    return text;
  };
  const scheme = <P>(key: K, params: Readonly<Record<string, string | number | P>>): FillScheme<P> => ({
    value(name) {
      const value = params[name];
      if (value === undefined) throw new Error(`String "${key}" (${locale}) needs a value for {${name}}`);
      return typeof value === "number" ? numbers.format(value) : (value as string | P);
    },
    count(name) {
      const value = params[name];
      if (typeof value !== "number") throw new Error(`String "${key}" (${locale}) needs a number for {${name}}`);
      return value;
    },
    number: (n) => numbers.format(n),
    category: (n) => plurals.select(n),
  });
  const t = ((key: K, params: Params = {}) =>
    fillParts(template(key), scheme<never>(key, params)).join("")) as Translator<K>;
  t.rich = (key, params = {}) => fillParts<RichLink>(template(key), scheme<RichLink>(key, params));
  Object.defineProperty(t, "locale", { value: locale });
  return t;
}
