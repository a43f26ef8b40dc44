/** The favicon: the firm's logo (content/firm.yaml) in the light theme's colours. */
import type { APIRoute } from "astro";
import { firm } from "../lib/site-firm.ts";
import { colours } from "../theme/tokens.ts";

const fill = { primary: "logo-primary", accent: "logo-accent", contrast: "logo-contrast" } as const;

export const GET: APIRoute = () => {
  const { size, paths } = firm.logo;
  const shapes = paths.map((p) => `<path fill="${colours[fill[p.fill]].light}" d="${p.d}"/>`).join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}">${shapes}</svg>\n`;
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml" } });
};
