import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  ENDED_REASON,
  EXPIRY_REASON,
  SUSPENSION_ENDED_REASON,
  applicationReason,
  applicationReasons,
  readReason,
} from "@/lib/licences/history-reasons";

describe("a licence status event's reason", () => {
  it("reads back what each application wrote, with its file number", () => {
    for (const reason of applicationReasons)
      expect(readReason(applicationReason(reason, "LSL-T-2026-4K7M2Q"))).toEqual({
        type: reason,
        fileNumber: "LSL-T-2026-4K7M2Q",
      });
  });

  it("tells the jobs' reasons apart", () => {
    expect(readReason(EXPIRY_REASON)).toEqual({ type: "expired" });
    expect(readReason(ENDED_REASON)).toEqual({ type: "ended" });
    expect(readReason(SUSPENSION_ENDED_REASON)).toEqual({ type: "suspensionEnded" });
  });

  it("shows anything else as it was written, whatever it says", () => {
    expect(readReason("Suspended by order of the registrar")).toEqual({
      type: "text",
      text: "Suspended by order of the registrar",
    });
    expect(readReason("issued:")).toEqual({ type: "text", text: "issued:" });
    expect(readReason("__proto__:x")).toEqual({ type: "text", text: "__proto__:x" });
    fc.assert(
      fc.property(fc.string(), (reason) => {
        const read = readReason(reason);
        if (read.type === "text") expect(read.text).toBe(reason);
        else if ("fileNumber" in read) expect(applicationReason(read.type, read.fileNumber)).toBe(reason);
      }),
    );
  });
});
