/** Writes the design tokens (tokens.ts) as CSS custom properties, light by default and dark under prefers-color-scheme. */
import { aliases, colours, fontSizes, fonts, layout, radii, shadows, space, type ThemeName } from "./tokens.ts";

function colourLines(theme: ThemeName): string[] {
  return [
    ...Object.entries(colours).map(([name, value]) => `  --c-${name}: ${value[theme]};`),
    ...Object.entries(shadows).map(([name, value]) => `  --shadow-${name}: ${value[theme]};`),
  ];
}

/** The generated stylesheet (src/styles/tokens.css). */
export function tokensCss(): string {
  const base = [
    ...colourLines("light"),
    ...Object.entries(aliases).map(([name, value]) => `  --${name}: ${value};`),
    "  --shadow: var(--shadow-2);",
    `  --font: ${fonts.sans};`,
    `  --font-display: ${fonts.display};`,
    ...Object.entries(fontSizes).map(([name, value]) => `  --fs-${name}: ${value};`),
    ...Object.entries(space).map(([name, value]) => `  --space-${name}: ${value};`),
    ...Object.entries(radii).map(([name, value]) => `  --radius-${name}: ${value};`),
    "  --radius: var(--radius-md);",
    ...Object.entries(layout).map(([name, value]) => `  --${name}: ${value};`),
    "  color-scheme: light dark;",
  ];
  return [
    "/* Generated from src/theme/tokens.ts by `npm run tokens`: edit the tokens there, not here. */",
    ":root {",
    ...base,
    "}",
    "",
    // Screen only: paper is light, whatever the reader's theme.
    "@media screen and (prefers-color-scheme: dark) {",
    "  :root {",
    ...colourLines("dark").map((line) => `  ${line}`),
    "  }",
    "}",
    "",
  ].join("\n");
}
