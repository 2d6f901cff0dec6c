import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "@/lib/config";

describe("SESSION_IDLE_MINUTES", () => {
  it("defaults to 30 minutes", () => {
    expect(parseConfig({}).sessionIdleSeconds).toBe(30 * 60);
  });

  it("takes whole minutes from 5 to the 8-hour session", () => {
    expect(parseConfig({ SESSION_IDLE_MINUTES: "15" }).sessionIdleSeconds).toBe(15 * 60);
    expect(parseConfig({ SESSION_IDLE_MINUTES: "480" }).sessionIdleSeconds).toBe(480 * 60);
    for (const value of ["4", "481", "0", "-5", "12.5", "half an hour"]) {
      expect(() => parseConfig({ SESSION_IDLE_MINUTES: value })).toThrow(ConfigError);
    }
  });
});
