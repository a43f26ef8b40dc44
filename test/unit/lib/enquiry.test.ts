import { describe, expect, it } from "vitest";
import { enquiryErrorPack, interestLabels, timingLabels } from "../../../src/i18n/index.ts";
import { locales } from "../../../src/i18n/locales.ts";
import {
  enquiryErrorKey,
  enquiryFieldErrorCodes,
  enquiryLimits,
  enquiryRequestErrorCodes,
  enquirySchema,
  isHoneypotFilled,
  normalizePhone,
  parseEnquiry,
} from "../../../src/lib/enquiry.ts";

const valid = {
  name: "Chan Tai Man",
  company: "Example Fintech Limited",
  email: "tm.chan@example.com.hk",
  role: "Chief Technology Officer",
  interest: "soc2_type2",
  timing: "3_6m",
  message: "We need a Type II report for a bank client.",
  locale: "en",
  picsVersion: "2026-01",
  idempotencyKey: "6f1c2f1e-8a3b-4c5d-9e7f-0a1b2c3d4e5f",
};

function fieldsOf(raw: unknown) {
  const result = parseEnquiry(raw);
  return result.ok ? [] : result.fields;
}

describe("enquiry schema", () => {
  it("accepts a complete enquiry and fills the defaults (no marketing consent, empty honeypot)", () => {
    const result = parseEnquiry(valid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.marketingConsent).toBe(false);
    expect(result.value.website).toBe("");
    expect(result.value.phone).toBeUndefined();
  });

  it.each([
    ["9123 4567", "+85291234567"],
    ["91234567", "+85291234567"],
    ["+852 9123 4567", "+85291234567"],
    ["852-2123-4567", "+85221234567"],
    ["(+852) 3123 4567", "+85231234567"],
    ["00852 6123 4567", "+85261234567"],
    ["+44 20 7946 0958", "+442079460958"],
    ["+1 (415) 555-2671", "+14155552671"],
    ["+86 138 0013 8000", "+8613800138000"],
    ["0044 20 7946 0958", "+442079460958"],
  ])("accepts the phone number %s as %s", (typed, e164) => {
    expect(normalizePhone(typed)).toBe(e164);
    const result = parseEnquiry({ ...valid, phone: typed });
    expect(result.ok && result.value.phone).toBe(e164);
  });

  it.each([
    "1234 5678", // Hong Kong numbers do not start with 1
    "9123 456", // seven digits
    "+852 9123 45678", // nine digits after +852
    "+0 123 456 789",
    "+1 234", // too short for E.164
    "+1234567890123456", // sixteen digits
    "call me",
    "9123-4567 ext 2",
  ])("refuses the phone number %s", (typed) => {
    expect(normalizePhone(typed)).toBeUndefined();
    expect(fieldsOf({ ...valid, phone: typed })).toEqual([{ path: "phone", code: "invalid_phone" }]);
  });

  it("treats an empty phone as not given", () => {
    const result = parseEnquiry({ ...valid, phone: "   " });
    expect(result.ok && result.value.phone).toBeUndefined();
  });

  it("lists every missing required field with the code 'required'", () => {
    expect(fieldsOf({ idempotencyKey: valid.idempotencyKey, picsVersion: "2026-01" })).toEqual([
      { path: "name", code: "required" },
      { path: "company", code: "required" },
      { path: "email", code: "required" },
      { path: "locale", code: "required" },
    ]);
    expect(fieldsOf({ ...valid, name: "   " })).toEqual([{ path: "name", code: "required" }]);
  });

  it("needs only a name, a company and an email: role is optional, interest and timing default to not sure", () => {
    const { role: _role, interest: _interest, timing: _timing, ...minimal } = valid;
    const result = parseEnquiry(minimal);
    expect(result.ok && [result.value.role, result.value.interest, result.value.timing]).toEqual([
      "",
      "not_sure",
      "not_sure",
    ]);
  });

  it("enforces the length limit of every text field", () => {
    for (const field of ["name", "company", "role", "message"] as const) {
      const limit = enquiryLimits[field];
      expect(parseEnquiry({ ...valid, [field]: "x".repeat(limit) }).ok, field).toBe(true);
      expect(fieldsOf({ ...valid, [field]: "x".repeat(limit + 1) }), field).toEqual([
        { path: field, code: "too_long" },
      ]);
    }
    const longEmail = `${"a".repeat(250)}@example.com`;
    expect(fieldsOf({ ...valid, email: longEmail })).toEqual([{ path: "email", code: "too_long" }]);
  });

  it("refuses malformed emails, unknown choices, non-boolean consent and a key that is not a UUID", () => {
    expect(fieldsOf({ ...valid, email: "not-an-email" })).toEqual([{ path: "email", code: "invalid_email" }]);
    expect(fieldsOf({ ...valid, interest: "pci" })).toEqual([{ path: "interest", code: "invalid_choice" }]);
    expect(fieldsOf({ ...valid, timing: "yesterday" })).toEqual([{ path: "timing", code: "invalid_choice" }]);
    expect(fieldsOf({ ...valid, locale: "fr" })).toEqual([{ path: "locale", code: "invalid_choice" }]);
    expect(fieldsOf({ ...valid, marketingConsent: "yes" })).toEqual([
      { path: "marketingConsent", code: "invalid_type" },
    ]);
    expect(fieldsOf({ ...valid, idempotencyKey: "1" })).toEqual([{ path: "idempotencyKey", code: "invalid_key" }]);
    expect(fieldsOf({ ...valid, name: 42 })).toEqual([{ path: "name", code: "invalid_type" }]);
    expect(fieldsOf("a string")).toEqual([{ path: "(root)", code: "invalid_type" }]);
  });

  it("refuses control characters (terminal escapes) but keeps line breaks in the message", () => {
    expect(fieldsOf({ ...valid, company: "Acme\u001b[31m" })).toEqual([
      { path: "company", code: "invalid_characters" },
    ]);
    expect(fieldsOf({ ...valid, name: "A\u0000B" })).toEqual([{ path: "name", code: "invalid_characters" }]);
    expect(parseEnquiry({ ...valid, message: "line one\r\nline two\ttabbed" }).ok).toBe(true);
    expect(fieldsOf({ ...valid, message: "bell\u0007" })).toEqual([{ path: "message", code: "invalid_characters" }]);
  });

  it.each([
    ["zero-width spaces", "\u200b\u200b\u200b"],
    ["a Hangul filler", "\u3164"],
    ["a blank Braille pattern", "\u2800\u2800"],
    ["a soft hyphen and a word joiner", "\u00ad\u2060"],
    ["a combining accent alone", "\u0301"],
    ["an ideographic space", "\u3000"],
  ])(
    "refuses a name or company made only of invisible characters (%s) as missing, and such a role",
    (_label, invisible) => {
      // The role is optional: spaces alone trim to no role; other invisible characters are refused.
      const role = invisible.trim() === "" ? [] : [{ path: "role", code: "invalid_characters" }];
      expect(fieldsOf({ ...valid, name: invisible, company: invisible, role: invisible })).toEqual([
        { path: "name", code: "required" },
        { path: "company", code: "required" },
        ...role,
      ]);
    },
  );

  it("keeps names with joiners and marks that render: 陳大文, an emoji with a joiner, an accented name", () => {
    for (const name of ["陳大文", "Ana 👩\u200d💻", "Zoë Li", "Jose\u0301 Chan"]) {
      const result = parseEnquiry({ ...valid, name });
      expect(result.ok && result.value.name, name).toBe(name);
    }
  });

  it("refuses bidirectional formatting characters in every text field with a field error", () => {
    const bidi = ["\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u202a", "\u202b", "\u202c", "\u200f", "\u061c"];
    for (const mark of bidi) {
      expect(
        fieldsOf({ ...valid, name: `Chan${mark}`, company: `${mark}Co`, role: `R${mark}`, message: `Hi ${mark}` }),
        JSON.stringify(mark),
      ).toEqual([
        { path: "name", code: "invalid_characters" },
        { path: "company", code: "invalid_characters" },
        { path: "role", code: "invalid_characters" },
        { path: "message", code: "invalid_characters" },
      ]);
    }
  });

  it("refuses lone surrogates (SQLite would store them as U+FFFD, changing the text after the 201)", () => {
    const raw = JSON.parse(
      `{"name":"Chan \\ud800","company":"\\udc00 Co","role":"R","message":"x \\ud83d","email":"a@example.com","phone":"\\ud800"}`,
    );
    expect(fieldsOf({ ...valid, ...raw }).map((f) => [f.path, f.code])).toEqual([
      ["name", "invalid_characters"],
      ["company", "invalid_characters"],
      ["phone", "invalid_characters"],
      ["message", "invalid_characters"],
    ]);
    const answers = { answerSet: { version: 1, answers: { headcount: "\ud800" } } };
    expect(fieldsOf({ ...valid, attachment: answers })).toEqual([
      { path: "attachment.answerSet.answers", code: "invalid_attachment" },
    ]);
    // A pair is a character like any other.
    expect(parseEnquiry({ ...valid, name: "Chan \ud83d\ude00" }).ok).toBe(true);
  });

  it("keeps script and SQL text verbatim: it is data, escaped where it is shown", () => {
    const hostile = `<script>alert(1)</script>'; DROP TABLE leads; --`;
    const result = parseEnquiry({ ...valid, name: hostile, company: hostile, role: hostile, message: hostile });
    expect(result.ok).toBe(true);
    if (result.ok)
      expect([result.value.name, result.value.company, result.value.message]).toEqual([hostile, hostile, hostile]);
  });

  it("lets a filled honeypot through the schema so the server can answer it quietly", () => {
    const result = parseEnquiry({ ...valid, website: "https://spam.example" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(isHoneypotFilled(result.value)).toBe(true);
    const human = enquirySchema.parse(valid);
    expect(isHoneypotFilled(human)).toBe(false);
    // A long value is cut, not refused: a 400 naming the field would point the bot at the trap.
    const long = parseEnquiry({ ...valid, website: "x".repeat(10_000) });
    expect(long.ok && long.value.website.length).toBe(enquiryLimits.website);
  });

  it("attaches answers only: client scores are dropped, malformed answer sets refused", () => {
    const answerSet = { version: 1, answers: { headcount: 40, hosting: "public_cloud" }, startDate: "2027-01-04" };
    const result = parseEnquiry({ ...valid, attachment: { answerSet, summary: { overall: 100 }, score: 100 } });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.attachment).toEqual({ answerSet });
    expect(fieldsOf({ ...valid, attachment: { answerSet: { version: "one", answers: {} } } })[0]?.code).toBe(
      "invalid_attachment",
    );
    const tooMany = Object.fromEntries(Array.from({ length: enquiryLimits.answers + 1 }, (_, i) => [`q${i}`, 1]));
    expect(fieldsOf({ ...valid, attachment: { answerSet: { version: 1, answers: tooMany } } })).toEqual([
      { path: "attachment.answerSet.answers", code: "invalid_attachment" },
    ]);
    expect(fieldsOf({ ...valid, attachment: { answerSet: { version: 1, answers: { __proto__x: 1 } } } })[0]?.code).toBe(
      "invalid_attachment",
    );
  });
});

describe("enquiry texts", () => {
  it("every error code has a non-blank text in both languages, and the Chinese differs from the English", () => {
    for (const code of [...enquiryFieldErrorCodes, ...enquiryRequestErrorCodes]) {
      const key = enquiryErrorKey(code);
      for (const locale of locales) expect(enquiryErrorPack(locale)[key]?.trim(), `${locale} ${key}`).toBeTruthy();
      expect(enquiryErrorPack("zh-hk")[key]).not.toBe(enquiryErrorPack("en")[key]);
    }
  });

  it("every interest and timing choice has a label in both languages", () => {
    for (const locale of locales) {
      expect(Object.values(interestLabels(locale)).every((t) => t.trim().length > 0)).toBe(true);
      expect(Object.values(timingLabels(locale)).every((t) => t.trim().length > 0)).toBe(true);
    }
  });
});
