import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

/**
 * Regulatory statements rest on the regulator's own documents. A source or link must be on one of these official
 * hosts (or a subdomain); commentary by others may appear only as a front-matter source marked `further: true`.
 */
const officialHosts = [
  "hkma.gov.hk",
  "sfc.hk",
  "ia.org.hk",
  "pcpd.org.hk",
  "elegislation.gov.hk",
  "digitalpolicy.gov.hk",
  "ogcio.gov.hk",
  "itc.gov.hk",
  "afrc.org.hk",
  "hkicpa.org.hk",
  "fstb.gov.hk",
  "occics.gov.hk",
  "info.gov.hk",
  "eur-lex.europa.eu",
  "consilium.europa.eu",
  "iso.org",
  "iaf.nu",
  "aicpa.org",
  "aicpa-cima.com",
];
/** Publishers of the non-regulatory standards the site cites (accessibility, AI risk management). */
const standardSetters = ["w3.org", "nist.gov"];

const onHost = (url: string, hosts: readonly string[]) => {
  const host = new URL(url).hostname.replace(/^www\./, "");
  return hosts.some((h) => host === h || host.endsWith(`.${h}`));
};
const isOfficial = (url: string) => onHost(url, officialHosts) || onHost(url, standardSetters);

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? mdxFiles(path) : name.endsWith(".mdx") ? [path] : [];
  });
}

interface Source {
  title: string;
  url: string;
  further?: boolean;
  reviewed?: string;
}

const pages = mdxFiles("content/pages").map((file) => {
  const text = readFileSync(file, "utf8");
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match?.[1]) throw new Error(`${file} has no front matter`);
  const meta = parse(match[1]) as { sources?: Source[]; faq?: { a: string }[] };
  const body = match[2] ?? "";
  const links = [
    ...[...body.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => m[1] as string),
    ...[...body.matchAll(/href="(https?:\/\/[^"]+)"/g)].map((m) => m[1] as string),
    ...(meta.faq ?? []).flatMap((f) => [...f.a.matchAll(/https?:\/\/\S+/g)].map((m) => m[0])),
  ];
  return { file, sources: meta.sources ?? [], links, zh: file.includes("/zh-hk/") };
});

const regulators = parse(readFileSync("content/assessment/regulators.yaml", "utf8")) as {
  expectations: { id: string; url: string }[];
};

/**
 * Pages another engineer owns this session, with the non-official sources they still cite. Listed so this test stays
 * green while they are fixed elsewhere; the test fails on a stale entry as well as on a new secondary source.
 */
const knownElsewhere: Record<string, readonly string[]> = {};

describe("regulatory statements rest on official sources", () => {
  it("the allow-list holds only the regulators, legislation sites and standard setters named in issue 15", () => {
    for (const url of ["https://www.hkma.gov.hk/x", "https://apps.sfc.hk/y", "https://www.iso.org/standard/1"]) {
      expect(isOfficial(url), url).toBe(true);
    }
    for (const url of ["https://www.scribd.com/x", "https://studylib.net/y", "https://www.sgpjbg.com/z"]) {
      expect(isOfficial(url), url).toBe(false);
    }
  });

  for (const page of pages) {
    const elsewhere = knownElsewhere[page.file.replace("/zh-hk/", "/en/")];

    it(`${page.file}: every source is official, or marked as further reading`, () => {
      const offending = page.sources.filter((s) => !s.further && !isOfficial(s.url)).map((s) => s.url);
      expect(offending).toEqual(elsewhere ? [...elsewhere] : []);
    });

    it(`${page.file}: every official source carries the date we last checked it`, () => {
      const undated = page.sources.filter((s) => !s.further && !s.reviewed && isOfficial(s.url)).map((s) => s.url);
      expect(undated.length === 0 || Boolean(elsewhere), undated.join(", ")).toBe(true);
    });

    it(`${page.file}: links in the text go to official sources only`, () => {
      expect(page.links.filter((url) => !isOfficial(url))).toEqual([]);
    });

    if (page.zh) {
      it(`${page.file}: no Simplified-Chinese or mainland copy of a Hong Kong page`, () => {
        const all = [...page.sources.map((s) => s.url), ...page.links];
        expect(all.filter((url) => /\/(gb|sc|sc_chi|chs)\//.test(new URL(url).pathname))).toEqual([]);
      });
    }
  }

  it("every regulatory expectation the assessment shows links to its official source", () => {
    expect(regulators.expectations.filter((e) => !isOfficial(e.url)).map((e) => `${e.id}: ${e.url}`)).toEqual([]);
  });
});
