/** `npm run tokens`: writes src/styles/tokens.css from src/theme/tokens.ts. */
import { writeFileSync } from "node:fs";
import { tokensCss } from "../src/theme/css.ts";

const target = new URL("../src/styles/tokens.css", import.meta.url);
writeFileSync(target, tokensCss());
console.log("Wrote src/styles/tokens.css");
