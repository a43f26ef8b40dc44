/** The PDF report from the command line: arrives with the PDF issue. */
import type { Assessment } from "../engine/index.ts";
import type { Method } from "../engine/method.ts";
import type { Locale } from "../i18n/locales.ts";

export async function renderPdfNode(
  _method: Method,
  _assessment: Assessment,
  _locale: Locale,
  _organisation?: string,
): Promise<Uint8Array> {
  process.stderr.write("PDF output is not available yet; use --format md or json.\n");
  process.exit(2);
}
