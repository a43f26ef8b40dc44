/** Enumerations shared by the schemas and the rules (zod-free, so the browser bundle stays small). */
export const maturityLevels = ["none", "informal", "documented", "evidenced"] as const;
export type MaturityLevel = (typeof maturityLevels)[number];
export const maturityAnswers = [...maturityLevels, "na", "unknown"] as const;
export type MaturityAnswer = (typeof maturityAnswers)[number];
export const bandIds = ["audit_ready", "minor_gaps", "material_gaps", "not_ready"] as const;
export type BandId = (typeof bandIds)[number];
