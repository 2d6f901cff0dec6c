import { describe, expect, it } from "vitest";
import { displayedLicenceStatus } from "@/lib/licences/displayed-status";

const licence = (expiresOn: string, status: string, renewalUnderReview?: boolean) => ({
  status,
  expiresOn: new Date(`${expiresOn}T00:00:00.000Z`),
  renewalUnderReview,
});
/** Noon in Toronto on a given date (EST, UTC-5, in winter). */
const torontoNoon = (date: string) => new Date(`${date}T12:00:00-05:00`);

describe("displayedLicenceStatus", () => {
  it("shows an active licence as active through its expiry date", () => {
    expect(displayedLicenceStatus(licence("2027-01-31", "active"), torontoNoon("2027-01-31"))).toBe("active");
  });

  it("shows an active licence past its expiry date as expired before the nightly job marks it", () => {
    expect(displayedLicenceStatus(licence("2027-01-31", "active"), torontoNoon("2027-02-01"))).toBe("expired");
  });

  it("counts the day in Toronto time: 00:30 the next day there is expired, though UTC is still the same evening", () => {
    expect(displayedLicenceStatus(licence("2027-01-31", "active"), new Date("2027-02-01T00:30:00-05:00"))).toBe(
      "expired",
    );
    expect(displayedLicenceStatus(licence("2027-01-31", "active"), new Date("2027-01-31T23:30:00-05:00"))).toBe(
      "active",
    );
  });

  it("keeps a licence active past its expiry date while a renewal paid in time is reviewed", () => {
    expect(displayedLicenceStatus(licence("2027-01-31", "active", true), torontoNoon("2027-03-01"))).toBe("active");
  });

  it("shows a suspended, surrendered or cancelled licence as such while its term runs", () => {
    for (const status of ["suspended", "surrendered", "cancelled"]) {
      expect(displayedLicenceStatus(licence("2027-01-31", status), torontoNoon("2026-06-01"))).toBe(status);
    }
  });

  it("shows any licence past its expiry date as expired", () => {
    expect(displayedLicenceStatus(licence("2027-01-31", "suspended"), torontoNoon("2027-02-01"))).toBe("expired");
  });
});
