import { describe, expect, it } from "vitest";
import { isInMaintenanceWindow, isMaintenanceSoon } from "@/lib/maintenance/window";

// Toronto is UTC-5 in winter (EST) and UTC-4 in summer (EDT).
const winter = (iso: string) => new Date(`${iso}-05:00`);
const summer = (iso: string) => new Date(`${iso}-04:00`);

describe("isInMaintenanceWindow", () => {
  it("covers Sunday from 4:00 to 7:00, Toronto time, in winter", () => {
    expect(isInMaintenanceWindow(winter("2026-11-29T03:59:59"))).toBe(false);
    expect(isInMaintenanceWindow(winter("2026-11-29T04:00:00"))).toBe(true);
    expect(isInMaintenanceWindow(winter("2026-11-29T06:59:59"))).toBe(true);
    expect(isInMaintenanceWindow(winter("2026-11-29T07:00:00"))).toBe(false);
  });

  it("follows daylight saving time in summer", () => {
    expect(isInMaintenanceWindow(summer("2026-07-05T04:30:00"))).toBe(true);
    // 4:30 EDT is 8:30 UTC: a UTC-based rule would get this wrong.
    expect(isInMaintenanceWindow(new Date("2026-07-05T04:30:00Z"))).toBe(false);
  });

  it("holds on the Sunday clocks go forward (2:00 → 3:00) and back", () => {
    expect(isInMaintenanceWindow(new Date("2026-03-08T08:00:00Z"))).toBe(true); // 4:00 EDT
    expect(isInMaintenanceWindow(new Date("2026-11-01T09:00:00Z"))).toBe(true); // 4:00 EST
    expect(isInMaintenanceWindow(new Date("2026-11-01T08:30:00Z"))).toBe(false); // 3:30 EST
  });

  it("is closed on other days at the same hours", () => {
    expect(isInMaintenanceWindow(winter("2026-11-28T05:00:00"))).toBe(false);
    expect(isInMaintenanceWindow(winter("2026-11-30T05:00:00"))).toBe(false);
  });
});

describe("isMaintenanceSoon", () => {
  it("warns in the 24 hours before the window", () => {
    expect(isMaintenanceSoon(winter("2026-11-28T03:59:00"))).toBe(false);
    expect(isMaintenanceSoon(winter("2026-11-28T04:00:00"))).toBe(true);
    expect(isMaintenanceSoon(winter("2026-11-29T03:59:00"))).toBe(true);
  });

  it("does not warn during or after the window", () => {
    expect(isMaintenanceSoon(winter("2026-11-29T05:00:00"))).toBe(false);
    expect(isMaintenanceSoon(winter("2026-11-29T07:00:00"))).toBe(false);
  });
});
