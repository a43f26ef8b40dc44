import raw from "../../content/firm.yaml";
import { parseFirm } from "./firm.ts";

/** The firm's validated identity, bundled at build time (a bad file fails the build). */
export const firm = parseFirm(raw);
