/** The proposal pack in every locale. */
import { proposal as en, type ProposalTextKey } from "../en/proposal.ts";
import type { Locale } from "../locales.ts";
import type { Pack } from "../translate.ts";
import { proposal as zhHk } from "../zh-hk/proposal.ts";

export type { ProposalTextKey };

export const proposal: Record<Locale, Pack<ProposalTextKey>> = { en, "zh-hk": zhHk };
