import { jsPDF } from "jspdf";
import { beforeAll, describe, expect, it } from "vitest";
import { subsetNotoSansHk } from "../../../src/cli/pdf-node.ts";
import { wordStarts } from "../../../src/lib/cjk.ts";
import { binaryString, fontCodePoints, normaliseText, winAnsiCovers } from "../../../src/report/pdf/fonts.ts";
import { atomise, createLayout, type Layout } from "../../../src/report/pdf/layout.ts";

const frame = { width: 210, height: 297, left: 18, right: 192, top: 21, bottom: 279 };
const style = { size: 9.5 };
const chinese =
  "已記錄但尚未有一段時間的運作紀錄：人工智能系統影響評估考慮對個人、群體及社會的影響，並有書面記錄及保持最新。" +
  "審計師會查看「影響評估方法」及每個系統已完成的評估（附檢討日期）。";
const heading = "為香港機構提供 SOC 2 報告及 ISO/IEC 42001 認證：準備程度評估及審核日數";

function layout(fonts: Uint8Array[] = []): Layout {
  const doc = new jsPDF({ unit: "mm", format: "a4" });
  const slots = fonts.map((data, i) => {
    doc.addFileToVFS(`f${i}.ttf`, binaryString(data));
    doc.addFont(`f${i}.ttf`, `F${i}`, "normal", "Identity-H");
    return { kind: "embedded" as const, family: `F${i}`, codePoints: fontCodePoints(data) };
  });
  return createLayout(doc, [{ kind: "standard", family: "helvetica" }, ...slots], frame, { lineFactor: 1.5 });
}

describe("PDF line breaking", () => {
  let zh: Layout;
  beforeAll(async () => {
    zh = layout([await subsetNotoSansHk(chinese + heading)]);
  });

  it("English breaks between words and every line fits the width", () => {
    const L = layout();
    const text =
      "Because the controls already produced records, the 6-month period can cover months already evidenced.";
    const lines = L.wrap(text, 60, style);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(text);
    for (const line of lines) expect(L.width(line, style)).toBeLessThanOrEqual(60.01);
  });

  it("Chinese breaks between characters, never before closing punctuation or after an opening bracket", () => {
    for (const width of [30, 41, 55, 77]) {
      const lines = zh.wrap(chinese, width, style);
      expect(lines.join("")).toBe(chinese);
      for (const line of lines) {
        expect("，。、：；）」".includes(line[0] ?? ""), `${width}: ${line}`).toBe(false);
        expect("（「".includes(line.at(-1) ?? ""), `${width}: ${line}`).toBe(false);
        expect(zh.width(line, style)).toBeLessThanOrEqual(width + 0.01);
      }
    }
  });

  it("never leaves a single Han character alone on the last line of a paragraph", () => {
    let checked = 0;
    for (let width = 25; width <= 90; width += 0.5) {
      const lines = zh.wrap(chinese, width, style);
      expect(lines.join("")).toBe(chinese);
      if (lines.length < 2) continue;
      checked++;
      const last = Array.from(lines.at(-1) ?? "").filter((c) => !"，。、：；）」".includes(c));
      expect(last.length, `${width}: ${lines.at(-1)}`).toBeGreaterThan(1);
      for (const line of lines) expect(zh.width(line, style)).toBeLessThanOrEqual(width + 0.01);
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("headings (keepWords) break Chinese only between words, as the web pages do", () => {
    const starts = wordStarts(heading);
    const headingStyle = { size: 15, bold: true };
    for (let width = 30; width <= 120; width += 5) {
      const lines = zh.wrap(heading, width, headingStyle, { keepWords: true });
      expect(lines.join("").replace(/ /g, "")).toBe(heading.replace(/ /g, ""));
      let offset = 0;
      for (const line of lines.slice(0, -1)) {
        offset = heading.indexOf(line, offset) + line.length;
        while (heading.charAt(offset) === " ") offset++;
        expect(starts.has(offset), `${width}: ${line} | ${heading.slice(offset, offset + 4)}`).toBe(true);
      }
    }
  });

  it("a URL longer than the line is broken between characters after the text before it", () => {
    const L = layout();
    const url = "https://cms.twobirds.com/en/capabilities/practices/digital-rights-and-assets/apac-dra/ai";
    const lines = L.wrap(`Source: ${url}`, 80, style);
    expect(lines[0]?.startsWith("Source: https://")).toBe(true);
    expect(lines.join("")).toBe(`Source: ${url}`);
  });

  it("keeps closing punctuation with the character before it and opening brackets with the one after", () => {
    expect(atomise("評估（附檢討日期）。").map((a) => a.text)).toEqual([
      "評",
      "估",
      "（附",
      "檢",
      "討",
      "日",
      "期）。",
    ]);
    expect(atomise("SOC 2 及 ISO/IEC 42001").map((a) => a.text)).toEqual(["SOC", "2", "及", "ISO/IEC", "42001"]);
  });

  it("Helvetica draws Windows-1252; typographic spaces become plain spaces", () => {
    expect(["–", "“", "€", "é"].every((c) => winAnsiCovers(c.codePointAt(0) ?? 0))).toBe(true);
    expect(winAnsiCovers("中".codePointAt(0) ?? 0)).toBe(false);
    expect(normaliseText("4 March\u2009–\u20094 April")).toBe("4 March – 4 April");
  });
});
