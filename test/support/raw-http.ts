/**
 * HTTP as an attacker types it: bytes on a TCP socket, so tests can send what a well-behaved client never would
 * (unknown methods, two Host headers, a body that never comes) and see what the server answers and when it hangs up.
 */
import net from "node:net";

export interface RawAnswer {
  /** The status code of the first answer, or 0 when the server closed without one. */
  readonly status: number;
  /** Lower-cased header names of the first answer. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** Milliseconds from the first byte sent until the server closed the connection (or the wait ended). */
  readonly closedAfterMs: number;
  /** False when the wait ended with the connection still open. */
  readonly closed: boolean;
}

/**
 * Sends `text` (and, after `thenWaitMs`, nothing more) to `port` on 127.0.0.1, and collects what comes back until the
 * server closes the connection or `timeoutMs` passes.
 */
export function rawRequest(port: number, text: string, timeoutMs = 5_000): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const started = performance.now();
    const chunks: Buffer[] = [];
    const socket = net.connect(port, "127.0.0.1", () => socket.write(text));
    let settled = false;
    const finish = (closed: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const raw = Buffer.concat(chunks).toString("latin1");
      const [head = "", ...rest] = raw.split("\r\n\r\n");
      const [statusLine = "", ...lines] = head.split("\r\n");
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const at = line.indexOf(":");
        if (at > 0) headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
      }
      resolve({
        status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0),
        headers,
        body: rest.join("\r\n\r\n"),
        closedAfterMs: performance.now() - started,
        closed,
      });
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("close", () => finish(true));
    socket.on("error", () => finish(true));
  });
}

/** A request line and headers for `rawRequest`, closing the connection after the answer. */
export function requestText(method: string, path: string, headers: Record<string, string> = {}, body = ""): string {
  const all = { host: "localhost", connection: "close", ...headers };
  const lines = Object.entries(all).map(([name, value]) => `${name}: ${value}`);
  return `${method} ${path} HTTP/1.1\r\n${lines.join("\r\n")}\r\n\r\n${body}`;
}

/** The methods the sweep tries: the dangerous and odd standard ones and one made up. */
export const sweepMethods = ["TRACE", "TRACK", "CONNECT", "PUT", "DELETE", "PATCH", "PROPFIND", "BREW"] as const;
