import { describe, expect, it } from "vitest";
import { columnHeadings, stackableTable } from "../../../src/lib/table-html.ts";

const table =
  "<thead><tr><th>Regulator</th><th><strong>Who</strong></th><th>Q&amp;A</th></tr></thead>" +
  '<tbody><tr><td><a href="/x">HKMA</a></td><td>Banks</td><td>Yes</td></tr><tr><th>SFC</th><td>LCs</td><td>No</td></tr></tbody>';

describe("tables stacked on phones", () => {
  it("read the column headings without their markup", () => {
    expect(columnHeadings(table)).toEqual(["Regulator", "Who", "Q&A"]);
  });

  it("label every body cell with its column heading and give every element its table role", () => {
    const html = stackableTable(table);
    expect(html).toContain('<thead role="rowgroup"><tr role="row"><th role="columnheader">Regulator</th>');
    expect(html).toContain('<td role="cell" data-label="Regulator"><a href="/x">HKMA</a></td>');
    expect(html).toContain('<td role="cell" data-label="Q&amp;A">Yes</td>');
    expect(html).toContain(
      '<th role="rowheader" data-label="Regulator">SFC</th><td role="cell" data-label="Who">LCs</td>',
    );
    expect(html.match(/<tr role="row">/g)).toHaveLength(3);
  });
});
