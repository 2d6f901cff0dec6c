import { describe, expect, it } from "vitest";
import { formatAccessCode, isWellFormedAccessCode, normalizeAccessCode } from "@/lib/access-codes/format";

describe("access code format", () => {
  it("reads codes typed in any case, with or without dashes or spaces", () => {
    expect(normalizeAccessCode("k7m2q 9xrtb-4hwpd")).toBe("K7M2Q9XRTB4HWPD");
    expect(isWellFormedAccessCode("k7m2q-9xrtb-4hwpd")).toBe(true);
  });

  it("reads O as zero and I or L as one, the usual mistakes when read aloud", () => {
    expect(normalizeAccessCode("O0IL1")).toBe("00111");
  });

  it("refuses wrong lengths and letters outside the alphabet", () => {
    expect(isWellFormedAccessCode("K7M2Q-9XRTB")).toBe(false);
    expect(isWellFormedAccessCode("K7M2Q-9XRTB-4HWPU")).toBe(false);
  });

  it("shows codes in three groups of five", () => {
    expect(formatAccessCode("K7M2Q9XRTB4HWPD")).toBe("K7M2Q-9XRTB-4HWPD");
  });
});
