/** The shell pack in every locale. */
import { shell as en, type ShellKey } from "../en/shell.ts";
import type { Locale } from "../locales.ts";
import type { Pack } from "../translate.ts";
import { shell as zhHk } from "../zh-hk/shell.ts";

export type { ShellKey };

export const shell: Record<Locale, Pack<ShellKey>> = { en, "zh-hk": zhHk };
