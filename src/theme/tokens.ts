/**
 * The design system's tokens: one source for the site's CSS (src/styles/tokens.css is generated from this file by
 * `npm run tokens`), the PDF report's palette and the charts. Every colour has a light and a dark value and one
 * meaning; `contrastPairs` lists the text/background and control/background pairs that must meet WCAG 2.2 AA in both
 * themes (a unit test checks them).
 *
 * Meanings: `brand` is the firm (headings, primary actions, footer); `link` is a link; `notice` is information
 * (disclaimers, shared-view notes, "changed from the recommendation"); `error` is a form or load error; `band-*` are
 * the readiness bands and appear nowhere else; `sev-*` are gap severities.
 */

export type ThemeName = "light" | "dark";

/** A colour per theme, as #rrggbb. */
export interface ThemeColour {
  readonly light: string;
  readonly dark: string;
}

/** The readiness bands, in the engine's order (best first). */
export const bandIds = ["audit_ready", "minor_gaps", "material_gaps", "not_ready"] as const;
export type BandToken = (typeof bandIds)[number];

/** Gap severities, most severe first. */
export const severityIds = ["blocker", "high", "medium", "low"] as const;

const c = (light: string, dark: string): ThemeColour => ({ light, dark });

/** Colour tokens; each becomes the custom property `--c-<name>`. */
export const colours = {
  /** Page background. */
  bg: c("#ffffff", "#0b1422"),
  /** Tinted sections: page heads, table heads, panels. */
  soft: c("#f3f5f8", "#111c2c"),
  /** Cards and raised panels. */
  surface: c("#ffffff", "#142133"),
  /** Body text. */
  ink: c("#111c2b", "#e6edf5"),
  /** Secondary text. */
  muted: c("#4b5563", "#a9b6c6"),
  /** The firm's colour as text: headings, key figures. */
  brand: c("#0a2e4f", "#dce8f5"),
  /** Links and the brand's second colour (borders, progress, selected states). */
  "brand-2": c("#0e6470", "#7fd1da"),
  /** Background of primary buttons and the skip link. */
  primary: c("#0a2e4f", "#8fd0d8"),
  "primary-hover": c("#0e4a73", "#b3e2e7"),
  /** Text on `primary`. */
  "on-primary": c("#ffffff", "#062029"),
  /** Decorative borders and rules (not the only cue of anything). */
  line: c("#d8dee6", "#26374c"),
  /** Borders that identify a control (inputs): at least 3:1. */
  "line-strong": c("#7b8794", "#6b7d93"),
  focus: c("#1d4ed8", "#93c5fd"),
  "field-bg": c("#ffffff", "#0f1a29"),
  /** A chosen option. */
  "selected-bg": c("#e8f3f4", "#123640"),
  /** Information notices (neutral; never a band colour). */
  "notice-bg": c("#eef3f8", "#14263a"),
  "notice-border": c("#44617f", "#7fa3c7"),
  /** Errors in forms and loading. */
  error: c("#b42318", "#f59a8e"),
  "error-bg": c("#fdf0ee", "#35181a"),
  /** "Complete", "included": success text. */
  good: c("#166534", "#6fcf8f"),
  "band-audit_ready": c("#166534", "#6fcf8f"),
  "band-minor_gaps": c("#3f6212", "#b5d96a"),
  "band-material_gaps": c("#b45309", "#f0b45a"),
  "band-not_ready": c("#b91c1c", "#f08a8a"),
  "sev-blocker": c("#991b1b", "#f4a3a3"),
  "sev-high": c("#9a3412", "#f3b089"),
  "sev-medium": c("#8a5a00", "#efc46e"),
  "sev-low": c("#334155", "#b8c4d2"),
  /** Text on a severity badge. */
  "on-badge": c("#ffffff", "#111c2b"),
  "footer-bg": c("#0a2e4f", "#070e18"),
  "footer-ink": c("#e8eef4", "#d5dfea"),
  "footer-muted": c("#c9d6e2", "#a9b6c6"),
  /** Charts drawn on canvas keep light colours: in the dark theme they sit on this light "paper". */
  "chart-paper": c("#ffffff", "#e9eef4"),
  /** Pictures of printed pages (the report preview): paper stays light in both themes. */
  paper: c("#ffffff", "#f4f6f9"),
  "paper-ink": c("#111c2b", "#111c2b"),
  "paper-muted": c("#4b5563", "#4b5563"),
  "paper-brand": c("#0a2e4f", "#0a2e4f"),
  "paper-accent": c("#0e6470", "#0e6470"),
  "paper-on-brand": c("#ffffff", "#ffffff"),
  "chart-grid": c("#c4ccd5", "#3a4b60"),
  "series-soc2": c("#0e6470", "#7fd1da"),
  "series-iso": c("#6d28d9", "#c4b5fd"),
  /** The logo's colours (see `logo` in content/firm.yaml): its mark, its accent, and what sits on the mark. */
  "logo-primary": c("#0a2e4f", "#dce8f5"),
  "logo-accent": c("#4fb8c2", "#0e6470"),
  "logo-contrast": c("#ffffff", "#0b1422"),
} as const satisfies Record<string, ThemeColour>;

export type ColourToken = keyof typeof colours;

/** Values of the custom properties the older stylesheets use, kept as aliases of the tokens above. */
export const aliases: Record<string, string> = {
  "c-accent": "var(--c-brand-2)",
  "c-bad": "var(--c-error)",
  "c-warn": "var(--c-band-material_gaps)",
};

/** Font stacks. System fonts only: no web font is downloaded. CJK falls back to Hong Kong faces. */
export const fonts = {
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang HK", "Noto Sans HK", "Noto Sans CJK TC", "Microsoft JhengHei", sans-serif',
  /**
   * Latin display headings (h1, h2 in English): a book serif where the system has one (macOS, Windows), else the
   * sans stack, never a generic serif. Chinese headings keep the sans stack.
   */
  display:
    '"Iowan Old Style", Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
} as const;

/** Type scale (rem), a major third from a 17 px body. */
export const fontSizes = {
  xs: "0.8125rem",
  sm: "0.9rem",
  base: "1.0625rem",
  lg: "1.2rem",
  xl: "clamp(1.3rem, 1.15rem + 0.6vw, 1.55rem)",
  "2xl": "clamp(1.5rem, 1.25rem + 1vw, 1.95rem)",
  "3xl": "clamp(1.85rem, 1.4rem + 1.9vw, 2.6rem)",
  display: "clamp(2rem, 1.5rem + 1.8vw, 2.7rem)",
} as const;

/** Spacing scale (rem). */
export const space = {
  "1": "0.25rem",
  "2": "0.5rem",
  "3": "0.75rem",
  "4": "1rem",
  "5": "1.5rem",
  "6": "2rem",
  "7": "3rem",
  "8": "4rem",
  "9": "6rem",
} as const;

export const radii = { sm: "6px", md: "10px", lg: "16px", pill: "999px" } as const;

/** Elevation: shadows per theme (dark surfaces rely more on borders). */
export const shadows = {
  "1": c("0 1px 2px rgb(15 23 42 / 0.06)", "0 1px 2px rgb(0 0 0 / 0.4)"),
  "2": c(
    "0 1px 2px rgb(15 23 42 / 0.06), 0 4px 14px rgb(15 23 42 / 0.07)",
    "0 1px 2px rgb(0 0 0 / 0.5), 0 4px 14px rgb(0 0 0 / 0.35)",
  ),
  "3": c(
    "0 2px 4px rgb(15 23 42 / 0.06), 0 18px 40px -12px rgb(10 46 79 / 0.28)",
    "0 2px 4px rgb(0 0 0 / 0.5), 0 18px 40px -12px rgb(0 0 0 / 0.7)",
  ),
} as const;

/** Layout measures. */
export const layout = {
  /** Page width. */
  wrap: "74rem",
  /** Reading measure of running text. */
  measure: "46rem",
  /** Height of the sticky header, used for anchor and focus offsets. */
  "header-h": "4rem",
} as const;

/** A pair that must meet a contrast ratio in both themes: text (4.5:1) or a control's boundary (3:1). */
export interface ContrastPair {
  readonly fg: ColourToken;
  readonly bg: ColourToken;
  readonly min: 4.5 | 3;
}

const text = (fg: ColourToken, ...bgs: ColourToken[]): ContrastPair[] => bgs.map((bg) => ({ fg, bg, min: 4.5 }));
const ui = (fg: ColourToken, ...bgs: ColourToken[]): ContrastPair[] => bgs.map((bg) => ({ fg, bg, min: 3 }));

/** Every foreground/background combination the stylesheets use. */
export const contrastPairs: readonly ContrastPair[] = [
  ...text("ink", "bg", "soft", "surface", "field-bg", "selected-bg", "notice-bg", "error-bg"),
  ...text("muted", "bg", "soft", "surface", "notice-bg", "selected-bg"),
  ...text("brand", "bg", "soft", "surface", "notice-bg"),
  ...text("brand-2", "bg", "soft", "surface", "notice-bg", "selected-bg", "field-bg"),
  ...text("on-primary", "primary", "primary-hover"),
  ...text("error", "bg", "surface", "error-bg", "field-bg"),
  ...text("good", "bg", "surface", "soft"),
  ...bandIds.flatMap((band) => text(`band-${band}`, "bg", "surface", "soft")),
  ...severityIds.flatMap((severity) => text("on-badge", `sev-${severity}`)),
  ...text("footer-ink", "footer-bg"),
  ...text("footer-muted", "footer-bg"),
  ...text("paper-ink", "paper"),
  ...text("paper-muted", "paper"),
  ...text("paper-brand", "paper"),
  ...text("paper-accent", "paper"),
  ...text("paper-on-brand", "paper-brand"),
  ...ui("focus", "bg", "soft", "surface"),
  ...ui("line-strong", "field-bg", "surface", "bg"),
  ...ui("notice-border", "notice-bg"),
  ...ui("brand-2", "surface"),
  ...ui("logo-primary", "bg", "surface"),
  ...ui("logo-accent", "logo-primary"),
  ...ui("logo-contrast", "logo-primary"),
  ...ui("series-soc2", "surface"),
  ...ui("series-iso", "surface"),
];
