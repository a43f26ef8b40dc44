/**
 * `npm run leads -- <command>`: the firm's view of the enquiries database ($DATA_DIR/enquiries.db, default ./data).
 *
 *   list [--since YYYY-MM-DD]                          reference, date, company, interest, consent, CRM delivery
 *   show <reference> [--json] [--lang en|zh-hk]         every field and a readable summary of the attached assessment
 *   export --format csv|json [--since YYYY-MM-DD] [--out FILE]
 *   redeliver <reference> | --failed                   queue CRM delivery again (the server's worker sends it)
 *   backup <file>                                      consistent copy of the database while the server runs
 *   erase <reference>                                  PDPO erasure: personal data and answers removed, tombstone kept
 *   correct <reference> --name … --company … --email … --phone … --role … --message …
 *   opt-out <email>                                    direct-marketing consent withdrawn for that address, dated
 *
 * Dates given with --since are Hong Kong dates. Exit codes: 0 done, 1 nothing found / no database, 2 usage error,
 * 3 list or export done but some rows of a damaged database could not be read (they are named on stderr).
 */
import { existsSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { isIsoDate } from "../engine/answers.ts";
import type { Assessment, Method } from "../engine/index.ts";
import { interestLabels, timingLabels } from "../i18n/index.ts";
import { isLocale, type Locale } from "../i18n/locales.ts";
import { type CsvCell, toCsv } from "../lib/csv.ts";
import { interests, timings } from "../lib/enquiry.ts";
import { readMethod } from "../node/method-files.ts";
import { readSiteUrl } from "../node/site-url.ts";
import { buildReportModel } from "../report/model.ts";
import { databasePath } from "../server/config.ts";
import { StorageError } from "../server/database.ts";
import { type LeadDocument, leadDocument } from "../server/lead-document.ts";
import {
  type CorrectableField,
  correctableFields,
  correctLead,
  eraseLead,
  type LeadCorrection,
  optOutOfMarketing,
} from "../server/lead-privacy.ts";
import { type Erasure, type Lead, type LeadStore, openLeadStore, type UnreadableLead } from "../server/storage.ts";

const usage = `Usage:
  npm run leads -- list [--since YYYY-MM-DD]
  npm run leads -- show <reference> [--json] [--lang en|zh-hk]
  npm run leads -- export --format csv|json [--since YYYY-MM-DD] [--out FILE]
  npm run leads -- redeliver <reference> | --failed
  npm run leads -- backup <file>
  npm run leads -- erase <reference>
  npm run leads -- correct <reference> [--name …] [--company …] [--email …] [--phone …] [--role …] [--message …]
  npm run leads -- opt-out <email>
The database is $DATA_DIR/enquiries.db (DATA_DIR defaults to ./data).`;

class UsageError extends Error {}
class NotFound extends Error {}

/** Text safe to print on a terminal: control and bidirectional-override characters are shown as "?". */
function printable(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, "  ")
    .replace(/[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu, (c) => (c === "\n" ? "\n" : "?"));
}

/** Columns a string takes on a terminal (East Asian wide characters and emoji take two). */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x1f300;
    width += wide ? 2 : 1;
  }
  return width;
}

function padCell(text: string, width: number): string {
  let out = "";
  for (const char of printable(text).replace(/\s+/g, " ")) {
    if (displayWidth(out + char) > width - (displayWidth(text) > width ? 1 : 0)) return `${out}…`;
    out += char;
  }
  return out + " ".repeat(Math.max(0, width - displayWidth(out)));
}

const hongKongTime = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Hong_Kong",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function localTime(iso: string): string {
  const parts = Object.fromEntries(hongKongTime.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The start of a Hong Kong calendar day, as the UTC ISO time stored in `created_at`. */
function sinceToUtc(date: string): string {
  if (!isIsoDate(date)) throw new UsageError(`--since must be a date written YYYY-MM-DD (got "${date}")`);
  return new Date(`${date}T00:00:00+08:00`).toISOString();
}

function deliveryText(lead: Lead): string {
  if (!lead.delivery) return "—";
  if (lead.delivery.state === "pending" && lead.delivery.attempts > 0) return `pending (${lead.delivery.attempts})`;
  return lead.delivery.state;
}

function label<T extends string>(labels: Record<T, string>, id: string, known: readonly T[]): string {
  return (known as readonly string[]).includes(id) ? labels[id as T] : id;
}

function list(leads: readonly Lead[]): string {
  if (leads.length === 0) return "No enquiries.\n";
  const columns = [
    ["Reference", 18],
    ["Date (HKT)", 16],
    ["Company", 30],
    ["Interest", 24],
    ["Marketing", 9],
    ["CRM", 12],
  ] as const;
  const lines = [
    columns
      .map(([title, width]) => padCell(title, width))
      .join("  ")
      .trimEnd(),
  ];
  for (const lead of leads) {
    lines.push(
      [
        lead.reference,
        localTime(lead.createdAt),
        lead.company,
        label(interestLabels("en"), lead.interest, interests),
        lead.marketingConsent ? "yes" : "no",
        deliveryText(lead),
      ]
        .map((cell, i) => padCell(cell, (columns[i] as readonly [string, number])[1]))
        .join("  ")
        .trimEnd(),
    );
  }
  lines.push("", `${leads.length} enquir${leads.length === 1 ? "y" : "ies"}.`);
  return `${lines.join("\n")}\n`;
}

function summary(method: Method, lead: Lead, locale: Locale, link: string | null): string[] {
  if (!lead.assessment) return ["Assessment: not attached"];
  const out = [`Assessment (self-assessment, method ${lead.methodVersion ?? "?"}):`];
  try {
    const model = buildReportModel(method, lead.assessment as Assessment, locale);
    const f = model.format;
    out.push(`  Readiness: ${f.number(model.summary.overall)} / 100, ${model.summary.band}`);
    out.push(`  SOC 2: ${model.soc2.firstReport}; ${model.soc2.path}`);
    out.push(
      `  Trust Services categories: ${model.soc2.categories
        .filter((c) => c.included)
        .map((c) => c.label)
        .join(", ")}`,
    );
    for (const d of model.soc2.days) out.push(`  ${d.label}: ${f.number(d.days)}`);
    if (model.iso.applicable) {
      out.push(
        `  ISO/IEC 42001: ${model.iso.role}; initial audit ${f.number(model.iso.initial)} days, cycle ${f.number(model.iso.cycleTotal)} days`,
      );
    } else {
      out.push("  ISO/IEC 42001: not applicable");
    }
    if (model.summary.topFindings.length > 0) {
      out.push("  Top findings:");
      for (const finding of model.summary.topFindings) out.push(`    - ${finding}`);
    }
  } catch {
    out.push("  (this assessment was made with another method version; see --json for the stored figures)");
  }
  if (lead.answerIssues > 0) out.push(`  ${lead.answerIssues} answer(s) were invalid and left out before evaluating.`);
  if (link) out.push(`  Reopen: ${link}`);
  return out;
}

function erasedText(erasure: Erasure): string {
  const why = erasure.reason === "retention" ? "at the end of the retention period" : "on request";
  const crm = erasure.crmDeliveredAt
    ? ` It had reached the CRM on ${localTime(erasure.crmDeliveredAt)} HKT: erase it there too.`
    : "";
  return `${erasure.reference} was erased ${why} on ${localTime(erasure.erasedAt)} HKT (received ${localTime(erasure.receivedAt)} HKT); only this record of it is left.${crm}\n`;
}

function show(store: LeadStore, method: Method, siteUrl: string, reference: string, json: boolean, locale: Locale) {
  const wanted = reference.trim().toUpperCase();
  const lead = store.get(wanted);
  if (!lead) {
    const erasure = store.erasure(wanted);
    if (!erasure) throw new NotFound(`No enquiry ${reference}`);
    return json ? `${JSON.stringify({ erased: erasure }, null, 2)}\n` : erasedText(erasure);
  }
  const doc = leadDocument(lead, { method, siteUrl });
  if (json) return `${JSON.stringify({ ...doc, delivery: lead.delivery }, null, 2)}\n`;
  const rows: [string, string][] = [
    ["Reference", lead.reference],
    ["Received", `${localTime(lead.createdAt)} HKT (${lead.createdAt})`],
    ["Language", lead.locale],
    ["Name", lead.name],
    ["Company", lead.company],
    ["Role", lead.role],
    ["Email", lead.email],
    ["Phone", lead.phone ?? "—"],
    ["Interest", label(interestLabels("en"), lead.interest, interests)],
    ["Timing", label(timingLabels("en"), lead.timing, timings)],
    [
      "Direct marketing",
      lead.marketingOptOutAt
        ? `consent withdrawn ${localTime(lead.marketingOptOutAt)} HKT`
        : lead.marketingConsent
          ? "consented"
          : "no consent",
    ],
    ...(lead.correctedAt ? ([["Corrected", `${localTime(lead.correctedAt)} HKT`]] as [string, string][]) : []),
    ["PICS version", lead.picsVersion],
    [
      "CRM delivery",
      lead.delivery
        ? [
            lead.delivery.state,
            `${lead.delivery.attempts} attempt(s)`,
            lead.delivery.deliveredAt ? `delivered ${lead.delivery.deliveredAt}` : "",
            lead.delivery.lastError ? `last error: ${lead.delivery.lastError}` : "",
            lead.delivery.state === "pending" ? `next ${new Date(lead.delivery.nextAttemptAt).toISOString()}` : "",
          ]
            .filter(Boolean)
            .join("; ")
        : "not forwarded (no CRM configured)",
    ],
  ];
  const out = rows.map(([k, v]) => `${`${k}:`.padEnd(18)}${printable(v)}`);
  out.push("Message:");
  out.push(
    ...(lead.message
      ? printable(lead.message)
          .split(/\r?\n/)
          .map((line) => `  ${line}`)
      : ["  —"]),
  );
  out.push(...summary(method, lead, locale, doc.assessmentLink));
  return `${out.join("\n")}\n`;
}

const csvHeader = [
  "reference",
  "created_at",
  "locale",
  "name",
  "company",
  "email",
  "phone",
  "role",
  "interest",
  "timing",
  "message",
  "marketing_consent",
  "pics_version",
  "method_version",
  "readiness_overall",
  "readiness_band",
  "soc2_first_report",
  "soc2_path",
  "soc2_categories",
  "soc2_days_type1",
  "soc2_days_type2",
  "iso42001_applicable",
  "iso42001_initial_days",
  "iso42001_cycle_days",
  "regulator_flags",
  "top_gaps",
  "crm_delivery",
  "crm_delivered_at",
  "assessment_link",
] as const;

interface Proposal {
  readiness?: { overall?: number; band?: string };
  soc2?: { firstReport?: string; path?: string; categories?: string[]; days?: { type1?: number; type2?: number } };
  iso42001?: { applicable?: boolean; days?: { initial?: number; cycleTotal?: number } };
  regulatorFlags?: string[];
  topGaps?: string[];
}

function csvRow(doc: LeadDocument, lead: Lead): CsvCell[] {
  const p = (doc.proposal ?? {}) as Proposal;
  const iso = p.iso42001;
  return [
    doc.reference,
    doc.createdAt,
    doc.locale,
    doc.contact.name,
    doc.contact.company,
    doc.contact.email,
    doc.contact.phone,
    doc.contact.role,
    doc.interest,
    doc.timing,
    doc.message,
    doc.marketingConsent,
    doc.picsVersion,
    doc.methodVersion,
    p.readiness?.overall,
    p.readiness?.band,
    p.soc2?.firstReport,
    p.soc2?.path,
    p.soc2?.categories?.join(" "),
    p.soc2?.days?.type1,
    p.soc2?.days?.type2,
    iso ? iso.applicable === true : undefined,
    iso?.applicable ? iso.days?.initial : undefined,
    iso?.applicable ? iso.days?.cycleTotal : undefined,
    p.regulatorFlags?.join(" "),
    p.topGaps?.join(" "),
    lead.delivery?.state ?? "",
    lead.delivery?.deliveredAt ?? "",
    doc.assessmentLink,
  ];
}

function exportLeads(leads: readonly Lead[], method: Method, siteUrl: string, format: string) {
  const docs = leads.map((lead) => ({ lead, doc: leadDocument(lead, { method, siteUrl }) }));
  if (format === "json") {
    return `${JSON.stringify(
      docs.map(({ lead, doc }) => ({ ...doc, delivery: lead.delivery })),
      null,
      2,
    )}\n`;
  }
  return toCsv(
    csvHeader,
    docs.map(({ lead, doc }) => csvRow(doc, lead)),
  );
}

interface Outcome {
  readonly stdout: string;
  readonly stderr?: string;
  readonly code?: number;
}

/** The rows a tolerant read could not take from a damaged file, for stderr (exit code 3). */
function unreadableText(unreadable: readonly UnreadableLead[]): string {
  const names = unreadable.map((row) => (row.reference ? `${row.reference} (row ${row.id})` : `row ${row.id}`));
  return `${unreadable.length} enquir${unreadable.length === 1 ? "y" : "ies"} could not be read (damaged database pages): ${names.join(", ")}. Restore them from a backup (README, Backups).\n`;
}

function scanned(store: LeadStore, since: string | undefined, render: (leads: readonly Lead[]) => string): Outcome {
  const { leads, unreadable } = store.scan(since ? { since } : {});
  const stdout = render(leads);
  return unreadable.length > 0 ? { stdout, stderr: unreadableText(unreadable), code: 3 } : { stdout };
}

function withStore<T>(path: string, writable: boolean, work: (store: LeadStore) => T): T {
  const store = openLeadStore(path, writable ? { create: false } : { readOnly: true });
  try {
    return work(store);
  } finally {
    store.close();
  }
}

function erase(store: LeadStore, reference: string): string {
  const outcome = eraseLead(store, reference);
  if (outcome.kind === "not_found") throw new NotFound(`No enquiry ${reference}`);
  if (outcome.kind === "already_erased") return erasedText(outcome.erasure);
  const withdrawn =
    outcome.withdrawnDeliveries > 0 ? ` ${outcome.withdrawnDeliveries} pending CRM delivery withdrawn.` : "";
  const crm = outcome.erasure.crmDeliveredAt
    ? ` It had reached the CRM on ${localTime(outcome.erasure.crmDeliveredAt)} HKT: erase it there too.`
    : "";
  return `Erased ${reference}: contact details, message, answers and assessment removed and overwritten; a tombstone keeps the reference and the dates.${withdrawn}${crm} Backups made before still hold it until they are rotated away.\n`;
}

function correct(store: LeadStore, reference: string, fields: LeadCorrection): string {
  if (Object.keys(fields).length === 0) {
    throw new UsageError(`correct needs at least one of ${correctableFields.map((f) => `--${f}`).join(", ")}`);
  }
  const outcome = correctLead(store, reference, fields);
  switch (outcome.kind) {
    case "not_found":
      throw new NotFound(`No enquiry ${reference}`);
    case "erased":
      throw new NotFound(erasedText(outcome.erasure).trim());
    case "invalid":
      throw new UsageError(`Not corrected: ${outcome.fields.map((f) => `--${f.path} is ${f.code}`).join(", ")}`);
    case "corrected":
      return `Corrected ${outcome.fields.join(", ")} of ${reference}; the old values are overwritten. If the lead reached the CRM, correct it there too.\n`;
  }
}

function optOut(store: LeadStore, email: string): string {
  const { leads } = optOutOfMarketing(store, email);
  if (leads === 0) throw new NotFound("No enquiry from that email address.");
  return `Direct-marketing consent withdrawn for ${leads} enquir${leads === 1 ? "y" : "ies"} from that address (dated today; an earlier withdrawal keeps its date). If the CRM holds them, record the opt-out there too.\n`;
}

function run(argv: string[]): Outcome {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      since: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
      json: { type: "boolean" },
      lang: { type: "string" },
      failed: { type: "boolean" },
      help: { type: "boolean" },
      ...(Object.fromEntries(correctableFields.map((f) => [f, { type: "string" }])) as Record<
        CorrectableField,
        { type: "string" }
      >),
    },
  });
  const [command, argument, ...extra] = positionals;
  if (values.help || !command) return { stdout: usage };
  if (extra.length > 0) throw new UsageError(`Unexpected arguments: ${extra.join(" ")}`);
  const since = values.since === undefined ? undefined : sinceToUtc(values.since);
  const path = databasePath();
  if (!existsSync(path)) {
    throw new NotFound(`No enquiries database at ${path} (set DATA_DIR, or start the server once to create it).`);
  }
  const reference = argument?.trim().toUpperCase();
  switch (command) {
    case "list":
      return withStore(path, false, (store) => scanned(store, since, list));
    case "show": {
      if (!reference) throw new UsageError("show needs a reference, e.g. ENQ-2026-7KQ3M9XA");
      const lang = values.lang ?? "en";
      if (!isLocale(lang)) throw new UsageError(`--lang must be en or zh-hk (got "${lang}")`);
      return {
        stdout: withStore(path, false, (store) =>
          show(store, readMethod(), readSiteUrl(), reference, values.json === true, lang),
        ),
      };
    }
    case "export": {
      const format = values.format;
      if (format !== "csv" && format !== "json") throw new UsageError("export needs --format csv or --format json");
      const method = readMethod();
      const siteUrl = readSiteUrl();
      const outcome = withStore(path, false, (store) =>
        scanned(store, since, (leads) => exportLeads(leads, method, siteUrl, format)),
      );
      if (values.out) {
        writeFileSync(values.out, outcome.stdout, { mode: 0o600 });
        return { ...outcome, stdout: `Wrote ${values.out}\n` };
      }
      return outcome;
    }
    case "redeliver": {
      const target = values.failed ? "failed" : reference;
      if (!target) throw new UsageError("redeliver needs a reference or --failed");
      const count = withStore(path, true, (store) => store.requeue(target, Date.now()));
      if (count === 0 && target !== "failed") throw new NotFound(`No enquiry ${argument}`);
      return { stdout: `Queued ${count} lead(s) for CRM delivery; the running server sends them.\n` };
    }
    case "backup": {
      if (!argument) throw new UsageError("backup needs a file to write");
      if (existsSync(argument)) throw new UsageError(`${argument} exists already`);
      const count = withStore(path, false, (store) => store.backup(argument));
      return { stdout: `Backed up ${count} enquiries to ${argument} (checked; readable by its owner only)\n` };
    }
    case "erase":
      if (!reference) throw new UsageError("erase needs a reference, e.g. ENQ-2026-7KQ3M9XA");
      return { stdout: withStore(path, true, (store) => erase(store, reference)) };
    case "correct": {
      if (!reference) throw new UsageError("correct needs a reference, e.g. ENQ-2026-7KQ3M9XA");
      const fields: LeadCorrection = Object.fromEntries(
        correctableFields.filter((f) => values[f] !== undefined).map((f) => [f, values[f]]),
      );
      return { stdout: withStore(path, true, (store) => correct(store, reference, fields)) };
    }
    case "opt-out":
      if (!argument) throw new UsageError("opt-out needs an email address");
      return { stdout: withStore(path, true, (store) => optOut(store, argument)) };
    default:
      throw new UsageError(`Unknown command "${command}"`);
  }
}

try {
  const { stdout, stderr, code } = run(process.argv.slice(2));
  process.stdout.write(stdout.endsWith("\n") ? stdout : `${stdout}\n`);
  if (stderr) process.stderr.write(stderr);
  if (code) process.exitCode = code;
} catch (error) {
  if (error instanceof NotFound) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  if (error instanceof StorageError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  const message = error instanceof Error ? error.message : String(error);
  const isUsage = error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
  if (isUsage) {
    process.stderr.write(`${message}\n\n${usage}\n`);
    process.exit(2);
  }
  throw error;
}
