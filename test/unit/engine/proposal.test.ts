import { describe, expect, test } from "vitest";
import { fee } from "../../../src/engine/proposal.ts";

describe("fees from day rates", () => {
  test("the days at the lower and the upper rate, rounded to whole units", () => {
    expect(fee(2.5, [1001, 2003], "HKD")).toEqual({ currency: "HKD", min: 2503, max: 5008 });
  });

  test("no fee without rates or without a currency", () => {
    expect(fee(3, undefined, "HKD")).toBeUndefined();
    expect(fee(3, [1000, 2000], undefined)).toBeUndefined();
    expect(fee(3, undefined, undefined)).toBeUndefined();
  });
});
