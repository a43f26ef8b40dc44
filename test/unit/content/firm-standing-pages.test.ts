import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseFirm } from "../../../src/lib/firm.ts";
import { isIso42001Accredited } from "../../../src/lib/firm-standing.ts";

const firm = parseFirm(parse(readFileSync("content/firm.yaml", "utf8")));

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? mdxFiles(path) : name.endsWith(".mdx") ? [path] : [];
  });
}
const pages = mdxFiles("content/pages").map((file) => ({ file, text: readFileSync(file, "utf8") }));

/** First-person claims of accreditation or licensing that only the firm's settings may make. */
const accreditationClaims = [
  /\b(we are|we're|our (firm|practice) is)\s+(an?\s+)?accredited/i,
  /\bour accreditation\b/i,
  /\bour accredited\b/i,
  /我們(已|是)?獲[^。，]{0,8}認可/,
  /本所(已|是)?獲[^。，]{0,8}認可/,
  /(我們|本所)的認可(資格|證書|編號)/,
];
const registrationClaims = [
  /\blicensed CPA firm\b/i,
  /持牌(執業)?會計師事務所/,
  /registered with the HKICPA/i,
  /香港會計師公會註冊的執業/,
];

describe("pages state the firm's standing only through its settings", () => {
  it("the shipped settings say the firm is not accredited for ISO/IEC 42001", () => {
    expect(isIso42001Accredited(firm.standing)).toBe(false);
  });

  for (const page of pages) {
    it(`${page.file} makes no accreditation or licensing claim of its own`, () => {
      const found = [...accreditationClaims, ...registrationClaims].filter((re) => re.test(page.text)).map(String);
      expect(found).toEqual([]);
    });
  }

  it("the pages that discuss the firm's certification or reporting basis take it from the settings", () => {
    for (const slug of ["iso-42001", "hong-kong-regulators/hkas", "about", "verification", "soc-2"]) {
      for (const locale of ["en", "zh-hk"]) {
        const text = readFileSync(`content/pages/${locale}/${slug}.mdx`, "utf8");
        expect(text, `${locale}/${slug}`).toMatch(/<FirmStanding part="(iso42001|soc2|all)" \/>/);
      }
    }
  });
});
