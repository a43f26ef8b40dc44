/**
 * The readiness bands' colours, one source for the PDF's domain chart (the results page uses the same values through
 * its stylesheet's colour variables). Each passes 3:1 contrast against white.
 */
export const bandColours: Record<string, string> = {
  audit_ready: "#166534",
  minor_gaps: "#0d5c63",
  material_gaps: "#b45309",
  not_ready: "#991b1b",
};
