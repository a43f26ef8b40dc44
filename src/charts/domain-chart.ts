/**
 * The readiness bands' colours for charts drawn outside the stylesheet: the design tokens' light values
 * (src/theme/tokens.ts), which meet 3:1 on the chart's paper. The results page's own chart uses the same tokens
 * through its stylesheet's colour variables.
 */
import { bandIds, colours } from "../theme/tokens.ts";

export const bandColours: Record<string, string> = Object.fromEntries(
  bandIds.map((band) => [band, colours[`band-${band}`].light]),
);
