import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "@/lib/config";

describe("parseConfig", () => {
  it("runs on embedded defaults in development", () => {
    const config = parseConfig({ NODE_ENV: "development" });
    expect(config.isProduction).toBe(false);
    expect(config.appUrl).toBe("http://localhost:3000");
    expect(config.authSecret.length).toBeGreaterThanOrEqual(32);
    expect(config.branding.commissionName.fr).toBe("Commission des alcools et des jeux");
    expect(config.branding.supportPhone).toBe("1-800-000-0000");
  });

  it("refuses to start in production without its secrets, naming each", () => {
    expect(() => parseConfig({ NODE_ENV: "production" })).toThrow(ConfigError);
    expect(() => parseConfig({ NODE_ENV: "production" })).toThrow(/APP_URL is required in production[\s\S]*AUTH_SECRET is required in production/);
  });

  it("starts in production when the secrets are set", () => {
    const config = parseConfig({ NODE_ENV: "production", APP_URL: "https://permis.example/", AUTH_SECRET: "x".repeat(40) });
    expect(config.appUrl).toBe("https://permis.example");
  });

  it("rejects a short secret and a malformed URL", () => {
    expect(() => parseConfig({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET/);
    expect(() => parseConfig({ APP_URL: "javascript:alert(1)" })).toThrow(/APP_URL/);
  });

  it("takes branding from the environment", () => {
    const config = parseConfig({ COMMISSION_NAME_EN: "Gaming Board", SUPPORT_PHONE: "1-888-555-0199" });
    expect(config.branding.commissionName.en).toBe("Gaming Board");
    expect(config.branding.supportPhone).toBe("1-888-555-0199");
  });
});
