/**
 * The staff pages' passkey buttons (loaded only by the sign-in and passkey pages): "Sign in with a passkey" asks
 * better-auth for a challenge, lets the browser sign it (@simplewebauthn/browser) and sends the answer back, which
 * sets the session cookie; "Add a passkey" does the same through the staff API (session and CSRF token) to register
 * one. The texts come from the page (data attributes), so this script carries none of its own.
 *
 * Markup: an element with data-passkey="sign-in" | "add", data-problems (JSON: problem code → text) and, for
 * sign-in, data-next (where to go); for add, data-csrf. Inside: a hidden button[data-passkey-start], an optional
 * input[data-passkey-name], and [data-passkey-status] for progress and problems.
 */
import { browserSupportsWebAuthn, startAuthentication, startRegistration } from "@simplewebauthn/browser";
import {
  browserPasskeyProblem,
  knownPasskeyProblem,
  type PasskeyProblem,
  passkeyProblem,
} from "../../lib/staff-passkey.ts";

class Problem extends Error {
  readonly code: PasskeyProblem;
  constructor(code: PasskeyProblem) {
    super(code);
    this.code = code;
  }
}

async function problemOf(response: Response): Promise<Problem> {
  const body = (await response.json().catch(() => ({}))) as { error?: unknown; code?: unknown };
  return new Problem(
    body.error !== undefined
      ? knownPasskeyProblem(body.error)
      : passkeyProblem(response.status, String(body.code ?? "")),
  );
}

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url, { credentials: "same-origin", headers: { accept: "application/json" } });
  if (!response.ok) throw await problemOf(response);
  return response.json();
}

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<void> {
  const response = await fetch(url, {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await problemOf(response);
}

async function signIn(box: HTMLElement): Promise<void> {
  // biome-ignore lint/suspicious/noExplicitAny: the server's WebAuthn options, passed to the browser as they are
  const optionsJSON = (await getJson("/api/auth/passkey/generate-authenticate-options/")) as any;
  const answer = await startAuthentication({ optionsJSON }).catch((error: unknown) => {
    throw new Problem(browserPasskeyProblem(error));
  });
  await postJson("/api/auth/passkey/verify-authentication/", { response: answer });
  window.location.assign(box.dataset.next ?? "./");
}

async function add(box: HTMLElement): Promise<void> {
  // biome-ignore lint/suspicious/noExplicitAny: the server's WebAuthn options, passed to the browser as they are
  const optionsJSON = (await getJson("/api/staff/passkeys/options/")) as any;
  const answer = await startRegistration({ optionsJSON }).catch((error: unknown) => {
    throw new Problem(browserPasskeyProblem(error));
  });
  const name = box.querySelector<HTMLInputElement>("[data-passkey-name]")?.value ?? "";
  await postJson("/api/staff/passkeys/", { response: answer, name }, { "x-csrf-token": box.dataset.csrf ?? "" });
  const next = new URL(window.location.href);
  next.searchParams.set("done", "added");
  next.searchParams.delete("welcome");
  window.location.assign(next.pathname + next.search);
}

export function setUpPasskeys(root: ParentNode = document): void {
  for (const box of root.querySelectorAll<HTMLElement>("[data-passkey]")) {
    const button = box.querySelector<HTMLButtonElement>("button[data-passkey-start]");
    const status = box.querySelector<HTMLElement>("[data-passkey-status]");
    if (!button || !status) continue;
    let texts: Record<string, string> = {};
    try {
      texts = JSON.parse(box.dataset.problems ?? "{}") as Record<string, string>;
    } catch {}
    const say = (text: string, alert: boolean) => {
      status.textContent = text;
      status.hidden = false;
      status.setAttribute("role", alert ? "alert" : "status");
      status.classList.toggle("warn", alert);
    };
    if (!browserSupportsWebAuthn()) {
      say(texts.unsupported ?? "", false);
      continue;
    }
    button.hidden = false;
    box.querySelector<HTMLElement>("[data-passkey-noscript]")?.remove();
    button.addEventListener("click", async () => {
      button.disabled = true;
      say(box.dataset.busy ?? "", false);
      try {
        await (box.dataset.passkey === "add" ? add(box) : signIn(box));
      } catch (error) {
        const code = error instanceof Problem ? error.code : "failed";
        status.dataset.problem = code;
        say(texts[code] ?? texts.failed ?? "", true);
        button.disabled = false;
      }
    });
  }
}
