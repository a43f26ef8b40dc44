/**
 * Prepares a rendered Markdown table (its inner HTML) for stacked display on phones: every body cell gets
 * `data-label` (its column heading, shown before the value) and every element an explicit ARIA role, because some
 * browsers drop table semantics when a table's display is changed.
 */

const escapeAttribute = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Text of each header cell of the table's first row, without markup. */
export function columnHeadings(html: string): string[] {
  const head = /<thead[^>]*>([\s\S]*?)<\/thead>/.exec(html)?.[1] ?? "";
  return [...head.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)].map((m) =>
    (m[1] ?? "")
      .replace(/<[^>]+>/g, "")
      .replace(/&amp;/g, "&")
      .trim(),
  );
}

const addAttributes = (tag: string, attributes: string) => tag.replace(/^<(\w+)/, `<$1 ${attributes}`);

/** The table's inner HTML with data-label and role attributes added. */
export function stackableTable(html: string): string {
  const headings = columnHeadings(html);
  const withHead = html.replace(/<thead[^>]*>([\s\S]*?)<\/thead>/, (thead) =>
    thead
      .replace(/^<thead/, '<thead role="rowgroup"')
      .replace(/<tr\b/g, '<tr role="row"')
      .replace(/<th\b/g, '<th role="columnheader"'),
  );
  return withHead.replace(/<tbody[^>]*>([\s\S]*?)<\/tbody>/, (tbody) =>
    tbody.replace(/^<tbody/, '<tbody role="rowgroup"').replace(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g, (row) => {
      let column = 0;
      return row.replace(/^<tr/, '<tr role="row"').replace(/<(td|th)\b[^>]*>/g, (tag, name: string) => {
        const label = headings[column] ?? "";
        column++;
        const role = name === "th" ? "rowheader" : "cell";
        return addAttributes(tag, `role="${role}" data-label="${escapeAttribute(label)}"`);
      });
    }),
  );
}
