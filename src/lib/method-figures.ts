/** The published method figures for the site, computed once from the bundled method (src/engine/published.ts). */
import { allFigures, publishedFigures, publishedIsoRanges } from "../engine/published.ts";
import { method } from "./method-data.ts";

/** The fixed figures, typed by name. */
export const siteMethodFigures = publishedFigures(method);
/** Every figure by name, including one range per published ISO/IEC 42001 example and role. */
export const siteFigures = allFigures(method);
export const siteIsoRanges = publishedIsoRanges(method);
