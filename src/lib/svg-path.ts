/**
 * SVG path data (the `d` attribute) reduced to absolute move, line, cubic curve and close commands, so that one
 * logo can be drawn as inline SVG and in the PDF (jsPDF's moveTo / lineTo / curveTo). Supports M L H V C S Q T Z in
 * absolute and relative form; arcs (A) are not supported and throw, as does anything malformed.
 */
export type PathCommand =
  | { readonly op: "M" | "L"; readonly x: number; readonly y: number }
  | {
      readonly op: "C";
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly x: number;
      readonly y: number;
    }
  | { readonly op: "Z" };

const arity: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, Z: 0 };

/** Parses path data; throws an Error naming the problem. */
export function parsePath(d: string): PathCommand[] {
  const tokens = d.match(/[a-zA-Z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? [];
  const leftover = d.replace(/[a-zA-Z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|[\s,]/g, "");
  if (leftover !== "") throw new Error(`unexpected characters in path data: "${leftover.slice(0, 10)}"`);
  const out: PathCommand[] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  // The last control points, for the smooth forms S and T.
  let lastCubic: [number, number] | undefined;
  let lastQuad: [number, number] | undefined;
  let i = 0;
  let command = "";
  while (i < tokens.length) {
    const token = tokens[i] as string;
    if (/[a-zA-Z]/.test(token)) {
      command = token;
      i++;
      if (!(command.toUpperCase() in arity)) throw new Error(`unsupported path command "${command}"`);
      if (command.toUpperCase() === "Z") {
        out.push({ op: "Z" });
        x = startX;
        y = startY;
        lastCubic = undefined;
        lastQuad = undefined;
        continue;
      }
    } else if (command === "" || command.toUpperCase() === "Z") {
      throw new Error("path data must start with a command");
    }
    const upper = command.toUpperCase();
    const relative = command !== upper;
    const n = arity[upper] ?? 0;
    const args = tokens.slice(i, i + n).map(Number);
    if (args.length < n || args.some((a) => Number.isNaN(a))) throw new Error(`"${command}" needs ${n} numbers`);
    i += n;
    const ax = (v: number) => (relative ? x + v : v);
    const ay = (v: number) => (relative ? y + v : v);
    const [a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0] = args;
    let cubic: [number, number] | undefined;
    let quad: [number, number] | undefined;
    switch (upper) {
      case "M": {
        x = ax(a0);
        y = ay(a1);
        startX = x;
        startY = y;
        out.push({ op: "M", x, y });
        // Further pairs after a move are lines.
        command = relative ? "l" : "L";
        break;
      }
      case "L":
      case "H":
      case "V": {
        const nx = upper === "V" ? x : ax(a0);
        const ny = upper === "H" ? y : upper === "V" ? ay(a0) : ay(a1);
        x = nx;
        y = ny;
        out.push({ op: "L", x, y });
        break;
      }
      case "C":
      case "S": {
        const [x1, y1] =
          upper === "C" ? [ax(a0), ay(a1)] : lastCubic ? [2 * x - lastCubic[0], 2 * y - lastCubic[1]] : [x, y];
        const [x2, y2, ex, ey] = upper === "C" ? [ax(a2), ay(a3), ax(a4), ay(a5)] : [ax(a0), ay(a1), ax(a2), ay(a3)];
        out.push({ op: "C", x1, y1, x2, y2, x: ex, y: ey });
        cubic = [x2, y2];
        x = ex;
        y = ey;
        break;
      }
      case "Q":
      case "T": {
        const [qx, qy] =
          upper === "Q" ? [ax(a0), ay(a1)] : lastQuad ? [2 * x - lastQuad[0], 2 * y - lastQuad[1]] : [x, y];
        const [ex, ey] = upper === "Q" ? [ax(a2), ay(a3)] : [ax(a0), ay(a1)];
        // A quadratic curve as the equivalent cubic.
        out.push({
          op: "C",
          x1: x + (2 / 3) * (qx - x),
          y1: y + (2 / 3) * (qy - y),
          x2: ex + (2 / 3) * (qx - ex),
          y2: ey + (2 / 3) * (qy - ey),
          x: ex,
          y: ey,
        });
        quad = [qx, qy];
        x = ex;
        y = ey;
        break;
      }
    }
    lastCubic = cubic;
    lastQuad = quad;
  }
  if (out.length === 0 || out[0]?.op !== "M") throw new Error("path data must start with a move (M)");
  return out;
}
