import { describe, expect, it } from "vitest";
import { renewalState } from "@/lib/licences/renewal-window";
import { isPastPermit } from "@/app/[locale]/(portal)/dashboard/_components/dashboard-licence";

/** Noon in Toronto on a given date (EDT, UTC-4, in summer). */
const torontoNoon = (date: string) => new Date(`${date}T12:00:00-04:00`);

function onMainMenu(licence: { termYears: number | null; expiresOn: string; renewable: boolean }, today: string) {
  const renewal = renewalState(
    { status: "active", expiresOn: new Date(`${licence.expiresOn}T00:00:00.000Z`), renewable: licence.renewable },
    torontoNoon(today),
  );
  return { renewal, past: isPastPermit({ termYears: licence.termYears, renewal }) };
}

describe("isPastPermit", () => {
  const permit = { termYears: null, expiresOn: "2026-07-19", renewable: false };

  it("keeps a permit with the licences up to and including its last day", () => {
    expect(onMainMenu(permit, "2026-07-01").past).toBe(false);
    expect(onMainMenu(permit, "2026-07-19").past).toBe(false);
  });

  it("moves a permit to past permits the day after its last day", () => {
    expect(onMainMenu(permit, "2026-07-20").past).toBe(true);
  });

  it("never makes a permit due for renewal, even in its last 60 days", () => {
    expect(onMainMenu(permit, "2026-07-01").renewal).toEqual({ state: "notRenewable" });
  });

  it("leaves an expired licence with a term among the licences, where it says how to apply again", () => {
    expect(onMainMenu({ termYears: 2, expiresOn: "2026-07-19", renewable: true }, "2026-07-20").past).toBe(false);
  });
});
