import { describe, expect, it } from "vitest";
import {
  buildEnquiryPayload,
  emptyFields,
  type Fields,
  toFieldErrors,
} from "../../../../src/islands/enquiry/form-model.ts";
import { currentPicsVersion, parseEnquiry } from "../../../../src/lib/enquiry.ts";
import { persona } from "../../engine/support.ts";

const filled: Fields = { ...emptyFields, name: "Chan Tai Man", company: "Example Ltd", email: "tm.chan@example.com" };
const key = "5b0f6c1e-4f7a-4d8e-9a51-0c2d3e4f5a6b";

describe("the enquiry request payload", () => {
  it("leaves out an empty role, interest and timing, keeps the other fields, and adds the locale, PICS version and key", () => {
    const body = buildEnquiryPayload(filled, { locale: "zh-hk", idempotencyKey: key });
    expect(body).not.toHaveProperty("role");
    expect(body).not.toHaveProperty("interest");
    expect(body).not.toHaveProperty("timing");
    expect(body).toMatchObject({
      name: "Chan Tai Man",
      phone: "",
      message: "",
      website: "",
      marketingConsent: false,
      locale: "zh-hk",
      picsVersion: currentPicsVersion,
      idempotencyKey: key,
    });
    expect(body).not.toHaveProperty("attachment");
    expect(parseEnquiry(body).ok).toBe(true);
  });

  it("keeps a chosen interest and timing, and attaches the answers only when given", () => {
    const answerSet = persona("1-").answerSet as never;
    const body = buildEnquiryPayload(
      { ...filled, interest: "soc2_type1", timing: "within_3m" },
      { locale: "en", idempotencyKey: key, answerSet },
    );
    expect(body).toMatchObject({ interest: "soc2_type1", timing: "within_3m", attachment: { answerSet } });
    expect(buildEnquiryPayload(filled, { locale: "en", idempotencyKey: key, answerSet: null })).not.toHaveProperty(
      "attachment",
    );
  });

  it("fails the shared schema without the required fields, one error per field", () => {
    const checked = parseEnquiry(buildEnquiryPayload(emptyFields, { locale: "en", idempotencyKey: key }));
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(toFieldErrors(checked.fields))).toEqual(expect.arrayContaining(["name", "company", "email"]));
  });
});

describe("field errors for the form", () => {
  it("maps a dotted path to its top field and keeps the first error of each", () => {
    expect(
      toFieldErrors([
        { path: "email", code: "invalid_email" },
        { path: "email", code: "required" },
        { path: "attachment.answerSet.version", code: "invalid_attachment" },
        { path: "attachment.answerSet.answers", code: "invalid_type" },
      ]),
    ).toEqual({ email: "invalid_email", attachment: "invalid_attachment" });
  });

  it("is empty for no errors", () => {
    expect(toFieldErrors([])).toEqual({});
  });
});
