/** The PDF report's palette: the light theme's tokens as RGB (paper is always light). */
import { hexToRgb } from "./contrast.ts";
import { bandIds, type ColourToken, colours, severityIds } from "./tokens.ts";

export type Rgb = readonly [number, number, number];

const rgb = (token: ColourToken): Rgb => hexToRgb(colours[token].light);

export const pdfPalette = {
  ink: rgb("ink"),
  muted: rgb("muted"),
  brand: rgb("brand"),
  /** Section numbers and small rules: the brand's second colour. */
  accent: rgb("brand-2"),
  soft: rgb("soft"),
  line: rgb("line"),
  white: rgb("surface"),
  notice: rgb("notice-border"),
  noticeBg: rgb("notice-bg"),
  logoPrimary: rgb("logo-primary"),
  logoAccent: rgb("logo-accent"),
  logoContrast: rgb("logo-contrast"),
  /** The logo on the brand-coloured cover band: the dark theme's logo colours. */
  logoOnBrandPrimary: hexToRgb(colours["logo-primary"].dark),
  logoOnBrandAccent: hexToRgb(colours["logo-accent"].dark),
  logoOnBrandContrast: rgb("logo-primary"),
  /** The cover band is the brand colour; text on it is this. */
  onBrand: rgb("on-primary"),
  onBrandMuted: rgb("footer-muted"),
} as const satisfies Record<string, Rgb>;

/** Readiness band colours (text, bars and legend swatches). */
export const pdfBandColours: Record<string, Rgb> = Object.fromEntries(bandIds.map((b) => [b, rgb(`band-${b}`)]));

/** Gap severity colours. */
export const pdfSeverityColours: Record<string, Rgb> = Object.fromEntries(severityIds.map((s) => [s, rgb(`sev-${s}`)]));
