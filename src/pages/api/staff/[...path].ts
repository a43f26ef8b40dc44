/**
 * The staff APIs (behind src/staff-guard.ts: a session, and the CSRF token on anything but GET):
 *
 *   GET  /api/staff/leads/{reference}/          the lead for the proposal workspace: answers, draft, rate card
 *   PUT  /api/staff/leads/{reference}/draft/    saves the workspace's draft for the lead
 *   POST /api/staff/leads/{reference}/exported/ records an export in the audit log ({ "kind": "proposal-pdf-en" })
 *   GET  /api/staff/rates/                      the firm's rate card
 *   GET  /api/staff/export/?status=…&q=…        the inbox's filtered list as CSV (formula-safe)
 *   GET  /api/staff/passkeys/options/           WebAuthn options to add a passkey (better-auth's passkey plugin)
 *   POST /api/staff/passkeys/                   the browser's answer ({ "response": …, "name": "…" }): verified and
 *                                               stored by the plugin for the signed-in member, written to the audit log
 */
import type { APIRoute } from "astro";
import { defaultLocale, interestLabels, isLocale, timingLabels } from "../../../i18n/index.ts";
import { toCsv } from "../../../lib/csv.ts";
import type { Interest, Timing } from "../../../lib/enquiry.ts";
import { method } from "../../../lib/method-data.ts";
import { passkeyProblem } from "../../../lib/staff-passkey.ts";
import { siteUrl } from "../../../node/site-address.ts";
import { enquiryRuntime } from "../../../server/runtime.ts";
import {
  audit,
  draft,
  draftSchema,
  inbox,
  leadPipeline,
  rateCard,
  readFilters,
  saveDraft,
} from "../../../server/staff/leads.ts";
import { cleanPasskeyName } from "../../../server/staff/passkeys.ts";
import { callAuth, staffAuth } from "../../../server/staff/runtime.ts";
import { referencePattern } from "../../../server/storage.ts";

export const prerender = false;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });
}
const notFound = () => json(404, { error: "not_found", message: "No such lead or endpoint." });

export const ALL: APIRoute = async ({ request, params, locals, url }) => {
  const staff = locals.staff;
  if (!staff) return json(401, { error: "unauthorized", message: "Sign in first." });
  const store = enquiryRuntime(() => ({ method, siteUrl })).store();
  const parts = (params.path ?? "").split("/").filter(Boolean);
  const verb = request.method;

  if (parts[0] === "rates" && parts.length === 1 && verb === "GET")
    return json(200, { rateCard: rateCard(store) ?? null });

  if (parts[0] === "export" && parts.length === 1 && verb === "GET") {
    const lang = url.searchParams.get("lang");
    const locale = isLocale(lang) ? lang : defaultLocale;
    const rows = inbox(store, readFilters(url.searchParams));
    audit(store, { actor: staff.user.email, action: "csv", reference: null, detail: `${rows.length} rows` });
    const csv = toCsv(
      [
        "reference",
        "received",
        "status",
        "owner",
        "name",
        "company",
        "email",
        "phone",
        "role",
        "interest",
        "timing",
        "marketing_consent",
      ],
      rows.map((r) => [
        r.reference,
        r.createdAt,
        r.status,
        r.owner ?? "",
        r.name,
        r.company,
        r.email,
        r.phone ?? "",
        r.role,
        interestLabels(locale)[r.interest as Interest] ?? r.interest,
        timingLabels(locale)[r.timing as Timing] ?? r.timing,
        r.marketingConsent ? "yes" : "no",
      ]),
    );
    return new Response(csv, {
      status: 200,
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="leads-${new Date().toISOString().slice(0, 10)}.csv"`,
        "cache-control": "no-store",
      },
    });
  }

  if (parts[0] === "passkeys") {
    const service = await staffAuth(siteUrl);
    const passOn = async (response: Response, onOk?: (body: Record<string, unknown>) => void) => {
      const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      const out = response.ok
        ? json(200, body)
        : json(response.status, { error: passkeyProblem(response.status, String(body.code ?? "")) });
      // The plugin's signed challenge cookie (set by the options, cleared after use) goes back to the browser.
      for (const cookie of response.headers.getSetCookie()) out.headers.append("set-cookie", cookie);
      if (response.ok) onOk?.(body);
      return out;
    };
    if (parts[1] === "options" && parts.length === 2 && verb === "GET") {
      return passOn(await callAuth(service, request, "/passkey/generate-register-options"));
    }
    if (parts.length === 1 && verb === "POST") {
      let body: { response?: unknown; name?: unknown };
      try {
        body = (await request.json()) as typeof body;
      } catch {
        return json(400, { error: "malformed", message: "Not JSON." });
      }
      if (typeof body.response !== "object" || body.response === null) {
        return json(400, { error: "malformed", message: "No WebAuthn response." });
      }
      const name = cleanPasskeyName(body.name);
      const verified = await callAuth(service, request, "/passkey/verify-registration", {
        response: body.response,
        ...(name ? { name } : {}),
      });
      return passOn(verified, (added) =>
        audit(store, {
          actor: staff.user.email,
          action: "passkey_added",
          reference: null,
          detail: typeof added.id === "string" ? added.id : null,
        }),
      );
    }
    return notFound();
  }

  if (parts[0] === "leads" && parts[1] && referencePattern.test(parts[1])) {
    const reference = parts[1];
    const lead = store.get(reference);
    if (!lead) return notFound();
    if (parts.length === 2 && verb === "GET") {
      return json(200, {
        reference,
        company: lead.company,
        locale: lead.locale,
        answerSet: lead.answerSet,
        pipeline: leadPipeline(store, reference),
        draft: draft(store, reference) ?? null,
        rateCard: rateCard(store) ?? null,
      });
    }
    if (parts[2] === "draft" && parts.length === 3 && verb === "PUT") {
      let body: unknown;
      try {
        body = await request.json();
      } catch {
        return json(400, { error: "malformed", message: "The draft is not JSON." });
      }
      const parsed = draftSchema.safeParse(body);
      if (!parsed.success) return json(422, { error: "invalid", message: "The draft is not valid." });
      saveDraft(store, reference, parsed.data, staff.user.email);
      audit(store, { actor: staff.user.email, action: "draft", reference, detail: null });
      return json(200, { saved: true, updatedAt: new Date().toISOString() });
    }
    if (parts[2] === "exported" && parts.length === 3 && verb === "POST") {
      let kind = "export";
      try {
        const body = (await request.json()) as { kind?: unknown };
        if (typeof body.kind === "string" && /^[a-z0-9-]{1,40}$/.test(body.kind)) kind = body.kind;
      } catch {}
      audit(store, { actor: staff.user.email, action: "exported", reference, detail: kind });
      return json(200, { recorded: true });
    }
  }
  return notFound();
};
