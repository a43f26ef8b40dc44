/**
 * fast-check run settings for the property tests: a fixed seed, so every run checks the same answer sets and a
 * result never depends on the clock; `PROPERTY_SEED` picks another seed to explore, `PROPERTY_RUNS` caps the number
 * of runs (the mutation-testing config sets it low to keep each mutant's run short).
 */
const seed = Number(process.env.PROPERTY_SEED ?? 20270104);
const cap = Number(process.env.PROPERTY_RUNS ?? Number.POSITIVE_INFINITY);

export function runs(numRuns: number): { numRuns: number; seed: number } {
  return { numRuns: Math.max(1, Math.min(numRuns, cap)), seed };
}

/** Time allowed for one property test (many evaluations on a shared, loaded machine; nothing waits or sleeps). */
export const propertyTimeout = 60_000;
