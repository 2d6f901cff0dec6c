import { describe, expect, it } from "vitest";
import { canRenewLicence, renewalState } from "@/lib/licences/renewal-window";

const licence = (expiresOn: string, status = "active") => ({
  status,
  expiresOn: new Date(`${expiresOn}T00:00:00.000Z`),
});
/** Noon in Toronto on a given date (EST, UTC-5, in winter). */
const torontoNoon = (date: string) => new Date(`${date}T12:00:00-05:00`);

describe("canRenewLicence", () => {
  const expiring = licence("2027-01-31");

  it("refuses 61 days before the expiry date", () => {
    expect(canRenewLicence(expiring, torontoNoon("2026-12-01"))).toBe(false);
    expect(renewalState(expiring, torontoNoon("2026-12-01"))).toEqual({ state: "notYet", opensOn: "2026-12-02" });
  });

  it("allows 60 days before, 1 day before and on the expiry date itself", () => {
    expect(renewalState(expiring, torontoNoon("2026-12-02"))).toEqual({ state: "open", daysLeft: 60 });
    expect(renewalState(expiring, torontoNoon("2027-01-30"))).toEqual({ state: "open", daysLeft: 1 });
    expect(renewalState(expiring, torontoNoon("2027-01-31"))).toEqual({ state: "open", daysLeft: 0 });
  });

  it("refuses the day after: the licence has expired", () => {
    expect(renewalState(expiring, torontoNoon("2027-02-01"))).toEqual({ state: "expired" });
  });

  it("counts days in Toronto time: 23:30 on the expiry date is still in time, 00:30 the next day is not", () => {
    expect(canRenewLicence(expiring, new Date("2027-01-31T23:30:00-05:00"))).toBe(true);
    expect(canRenewLicence(expiring, new Date("2027-02-01T00:30:00-05:00"))).toBe(false);
    // 00:30 in Toronto is 05:30 UTC: a UTC rule would still say "in time".
    expect(canRenewLicence(expiring, new Date("2027-02-01T05:30:00Z"))).toBe(false);
  });

  it("holds across a daylight-saving change (clocks forward on 14 March 2027)", () => {
    const spring = licence("2027-05-13");
    expect(renewalState(spring, new Date("2027-03-14T01:30:00-05:00"))).toEqual({ state: "open", daysLeft: 60 });
    expect(renewalState(spring, new Date("2027-03-13T23:59:00-05:00"))).toEqual({
      state: "notYet",
      opensOn: "2027-03-14",
    });
    expect(renewalState(spring, new Date("2027-05-13T23:59:00-04:00"))).toEqual({ state: "open", daysLeft: 0 });
    expect(renewalState(spring, new Date("2027-05-14T00:01:00-04:00"))).toEqual({ state: "expired" });
  });

  it("never offers renewal for an expired, suspended, surrendered or cancelled licence", () => {
    expect(renewalState(licence("2027-01-31", "expired"), torontoNoon("2027-01-10"))).toEqual({ state: "expired" });
    for (const status of ["suspended", "surrendered", "cancelled"]) {
      expect(renewalState(licence("2027-01-31", status), torontoNoon("2027-01-10"))).toEqual({ state: "notRenewable" });
    }
  });
});

describe("a renewal paid on time", () => {
  it("keeps the licence in force past its expiry date while the renewal is reviewed", () => {
    const expired = { status: "active", expiresOn: new Date("2026-01-31T00:00:00.000Z") };
    const later = new Date("2026-03-01T17:00:00.000Z");
    expect(renewalState(expired, later)).toEqual({ state: "expired" });
    expect(renewalState({ ...expired, renewalUnderReview: true }, later)).toEqual({ state: "renewalReceived" });
    expect(canRenewLicence({ ...expired, renewalUnderReview: true }, later)).toBe(false);
    // A licence already marked expired, suspended or cancelled is not saved by a renewal.
    expect(renewalState({ ...expired, status: "expired", renewalUnderReview: true }, later)).toEqual({
      state: "expired",
    });
  });
});
