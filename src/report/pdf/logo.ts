/** Draws the firm's logo (content/firm.yaml, SVG path data) in the PDF with jsPDF's path operators. */
import type { jsPDF } from "jspdf";
import type { FirmLogo } from "../../lib/firm.ts";
import { parsePath } from "../../lib/svg-path.ts";
import type { Rgb } from "../../theme/pdf.ts";

/** The colour of each fill role. */
export type LogoColours = Record<FirmLogo["paths"][number]["fill"], Rgb>;

/** The logo as a `size` mm square with its top-left corner at (x, y). */
export function drawLogo(doc: jsPDF, logo: FirmLogo, x: number, y: number, size: number, colours: LogoColours): void {
  const scale = size / logo.size;
  const px = (v: number) => x + v * scale;
  const py = (v: number) => y + v * scale;
  for (const path of logo.paths) {
    const colour = colours[path.fill];
    doc.setFillColor(colour[0], colour[1], colour[2]);
    for (const command of parsePath(path.d)) {
      if (command.op === "M") doc.moveTo(px(command.x), py(command.y));
      else if (command.op === "L") doc.lineTo(px(command.x), py(command.y));
      else if (command.op === "C")
        doc.curveTo(px(command.x1), py(command.y1), px(command.x2), py(command.y2), px(command.x), py(command.y));
      else doc.close();
    }
    doc.fill();
  }
}
