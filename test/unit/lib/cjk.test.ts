import { describe, expect, it } from "vitest";
import { noLineEnd, noLineStart, wordBreakOffsets, wordStarts } from "../../../src/lib/cjk.ts";
import { addHeadingBreaks, insertWordBreaks } from "../../../src/lib/cjk-wbr.ts";

/** The text split at the given offsets, for readable expectations. */
const split = (text: string, offsets: Iterable<number>) => {
  const cuts = [...offsets].filter((o) => o > 0).sort((a, b) => a - b);
  return [0, ...cuts].map((from, i) => text.slice(from, cuts[i] ?? text.length));
};

describe("Chinese word boundaries", () => {
  it("keep Hong Kong terms the dictionary splits whole (日數, 審驗, 保監局, 人工智能)", () => {
    expect(split("審核日數", wordStarts("審核日數"))).toEqual(["審核", "日數"]);
    expect(split("獨立審驗", wordStarts("獨立審驗"))).toEqual(["獨立", "審驗"]);
    expect(split("影響審驗費用", wordStarts("影響審驗費用"))).toEqual(["影響", "審驗", "費用"]);
    expect(split("保監局的要求", wordStarts("保監局的要求"))).toEqual(["保監局", "的", "要求"]);
    expect(split("人工智能開發者", wordStarts("人工智能開發者"))).toEqual(["人工智能", "開發者"]);
  });

  it("leave particles as words of their own", () => {
    expect(split("我們的服務", wordStarts("我們的服務"))).toEqual(["我們", "的", "服務"]);
  });

  it("offer line breaks only between Chinese words, never next to spaces or against kinsoku", () => {
    const text = "為香港機構提供 SOC 2 報告（第一類）及 ISO/IEC 42001 認證。";
    const offsets = wordBreakOffsets(text);
    expect(split(text, offsets)).toEqual([
      "為",
      "香港",
      "機構",
      "提供 SOC 2 報告",
      "（第一類）",
      "及 ISO/IEC 42001 認證。",
    ]);
    for (const at of offsets) {
      expect(noLineStart.has(text.charAt(at))).toBe(false);
      expect(noLineEnd.has(text.charAt(at - 1))).toBe(false);
    }
  });
});

describe("word breaks in rendered headings", () => {
  it("puts <wbr> between the words of a Chinese heading, keeping its markup and entities", () => {
    expect(insertWordBreaks('香港<a href="/x">監管機構</a> &amp; 準則')).toBe(
      '香港<a href="/x"><wbr>監管<wbr>機構</a> &amp; 準則',
    );
  });

  it("leaves English text alone apart from binding a name to its number", () => {
    const html = '<h1 id="t">SOC 2 reports and ISO/IEC 42001 certification</h1><p>SOC 2 report</p>';
    expect(addHeadingBreaks(html)).toBe(
      '<h1 id="t">SOC\u00a02 reports and ISO/IEC\u00a042001 certification</h1><p>SOC 2 report</p>',
    );
  });

  it("treats headings and ledes, not other paragraphs", () => {
    const html = '<h2>我們的服務</h2><p class="lede">獨立審驗</p><p>獨立審驗</p>';
    expect(addHeadingBreaks(html)).toBe(
      '<h2>我們<wbr>的<wbr>服務</h2><p class="lede">獨立<wbr>審驗</p><p>獨立審驗</p>',
    );
  });

  it("lets small labels (keep-words) break between a name and its number", () => {
    expect(addHeadingBreaks('<span class="keep-words">ISO/IEC 42001 整體評估</span>')).toBe(
      '<span class="keep-words">ISO/IEC 42001 整體<wbr>評估</span>',
    );
  });
});
