import { describe, expect, it } from "vitest";
import { ConfigError, demoDataRefusal, deploymentOf, parseConfig, platformAppUrl } from "@/lib/config";

/** What a real deployment sets: everything production requires. */
/** A token of UploadThing's shape (base64 JSON with apiKey, appId and regions). */
const uploadThingToken = Buffer.from(
  JSON.stringify({ apiKey: "sk_live_0123456789", appId: "app123", regions: ["sea1"] }),
).toString("base64");

const livePortal = {
  NODE_ENV: "production",
  APP_URL: "https://permis.example/",
  AUTH_SECRET: "x".repeat(40),
  DATABASE_URL: "postgresql://portal@db.example:5432/portal",
  SMTP_URL: "smtp://mail.example:587",
  STRIPE_SECRET_KEY: "sk_live_abc123",
  STRIPE_WEBHOOK_SECRET: "whsec_abc",
  BANK_NAME: "Banque Royale",
  BANK_INSTITUTION: "003",
  BANK_TRANSIT: "12345",
  BANK_ACCOUNT: "7654321",
  BANK_SWIFT: "ROYCCAT2",
};

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
    expect(() => parseConfig({ NODE_ENV: "production" })).toThrow(
      /APP_URL is required in production[\s\S]*AUTH_SECRET is required in production/,
    );
  });

  it("starts in production when the secrets are set", () => {
    const config = parseConfig(livePortal);
    expect(config.appUrl).toBe("https://permis.example");
    expect(config.payments.stripe).toMatchObject({ secretKey: "sk_live_abc123", webhookSecret: "whsec_abc" });
  });

  it("takes no money by accident: production needs Stripe (or an explicit sandbox), and both Stripe secrets", () => {
    const base = { ...livePortal, STRIPE_SECRET_KEY: undefined, STRIPE_WEBHOOK_SECRET: undefined };
    expect(() => parseConfig(base)).toThrow(/STRIPE_SECRET_KEY is required in production/);
    expect(
      parseConfig({ ...base, APP_URL: "http://127.0.0.1:3100", ENABLE_SANDBOX_PAYMENTS: "1" }).payments.stripe,
    ).toBeNull();
    expect(() => parseConfig({ ...base, STRIPE_SECRET_KEY: "sk_live_abc123" })).toThrow(/go together/);
    expect(() =>
      parseConfig({ ...base, STRIPE_SECRET_KEY: "pk_live_abc", STRIPE_WEBHOOK_SECRET: "whsec_abc" }),
    ).toThrow(/not a Stripe secret key/);
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

  describe("mail", () => {
    // A production build on this machine, as the e2e server runs it.
    const production = {
      NODE_ENV: "production",
      ENABLE_SANDBOX_PAYMENTS: "1",
      APP_URL: "http://127.0.0.1:3100",
      AUTH_SECRET: "x".repeat(40),
    };

    it("keeps mail in the outbox, readable at the dev mailbox, when no SMTP server is configured", () => {
      const { mail } = parseConfig({ NODE_ENV: "development" });
      expect(mail.smtpUrl).toBeUndefined();
      expect(mail.devMailboxEnabled).toBe(true);
    });

    it("sends from a no-reply address of the support domain, named after the portal", () => {
      expect(parseConfig({}).mail.from).toBe('"Portail des permis" <no-reply@commission.example>');
      expect(parseConfig({ SUPPORT_EMAIL: "aide@acj.example" }).mail.from).toBe(
        '"Portail des permis" <no-reply@acj.example>',
      );
      expect(parseConfig({ MAIL_FROM: "Permis <permis@acj.example>" }).mail.from).toBe("Permis <permis@acj.example>");
    });

    it("uses the SMTP server when SMTP_URL is set, and then never shows the dev mailbox", () => {
      const { mail } = parseConfig({ SMTP_URL: "smtps://user:secret@mail.example:465" });
      expect(mail.smtpUrl).toBe("smtps://user:secret@mail.example:465");
      expect(mail.devMailboxEnabled).toBe(false);
    });

    it("accepts only smtp:// and smtps:// URLs", () => {
      expect(() => parseConfig({ SMTP_URL: "http://mail.example" })).toThrow(/SMTP_URL/);
      expect(() => parseConfig({ SMTP_URL: "mail.example" })).toThrow(/SMTP_URL/);
    });

    it("needs an SMTP server in production, unless the dev mailbox is explicitly enabled", () => {
      expect(() => parseConfig(production)).toThrow(/SMTP_URL is required in production/);
      expect(() => parseConfig({ ...production, ENABLE_DEV_MAILBOX: "0" })).toThrow(
        /SMTP_URL is required in production/,
      );
      expect(parseConfig({ ...production, SMTP_URL: "smtp://mail.example" }).mail.devMailboxEnabled).toBe(false);
      expect(parseConfig({ ...production, ENABLE_DEV_MAILBOX: "1" }).mail.devMailboxEnabled).toBe(true);
    });

    it("refuses ENABLE_DEV_MAILBOX together with SMTP_URL", () => {
      expect(() => parseConfig({ ...production, ENABLE_DEV_MAILBOX: "1", SMTP_URL: "smtp://mail.example" })).toThrow(
        ConfigError,
      );
      expect(() => parseConfig({ ENABLE_DEV_MAILBOX: "1", SMTP_URL: "smtp://mail.example" })).toThrow(
        /ENABLE_DEV_MAILBOX/,
      );
    });

    it("rejects an ENABLE_DEV_MAILBOX other than 0 or 1", () => {
      expect(() => parseConfig({ ENABLE_DEV_MAILBOX: "yes" })).toThrow(/ENABLE_DEV_MAILBOX/);
    });
  });

  describe("cron secret", () => {
    it("is optional", () => {
      expect(parseConfig({}).cronSecret).toBeUndefined();
    });

    it("is taken from CRON_SECRET when 16 characters or more", () => {
      expect(parseConfig({ CRON_SECRET: "c".repeat(16) }).cronSecret).toBe("c".repeat(16));
      expect(() => parseConfig({ CRON_SECRET: "too-short" })).toThrow(/CRON_SECRET/);
    });
  });

  describe("documents", () => {
    const token = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64");
    const validToken = token({ apiKey: "sk_live_0123456789", appId: "app123", regions: ["sea1"] });

    it("keeps uploads in the private .data/uploads folder by default", () => {
      const { documents } = parseConfig({}, "/srv/portal");
      expect(documents.uploadThingToken).toBeUndefined();
      expect(documents.uploadsDir).toBe("/srv/portal/.data/uploads");
    });

    it("takes the folder from UPLOADS_DIR, relative to the project or absolute", () => {
      expect(parseConfig({ UPLOADS_DIR: "storage/files" }, "/srv/portal").documents.uploadsDir).toBe(
        "/srv/portal/storage/files",
      );
      expect(parseConfig({ UPLOADS_DIR: "/var/lib/portal/uploads" }, "/srv/portal").documents.uploadsDir).toBe(
        "/var/lib/portal/uploads",
      );
    });

    it("refuses an uploads folder the web server publishes", () => {
      expect(() => parseConfig({ UPLOADS_DIR: "public/uploads" }, "/srv/portal")).toThrow(
        /UPLOADS_DIR cannot be inside public/,
      );
      expect(() => parseConfig({ UPLOADS_DIR: "public" }, "/srv/portal")).toThrow(ConfigError);
      expect(() => parseConfig({ UPLOADS_DIR: "/srv/portal/public/./files" }, "/srv/portal")).toThrow(ConfigError);
      expect(() => parseConfig({ UPLOADS_DIR: "data/../public/x" }, "/srv/portal")).toThrow(ConfigError);
      expect(parseConfig({ UPLOADS_DIR: "public-files" }, "/srv/portal").documents.uploadsDir).toBe(
        "/srv/portal/public-files",
      );
    });

    it("uses UploadThing when UPLOADTHING_TOKEN is set", () => {
      expect(parseConfig({ UPLOADTHING_TOKEN: validToken }).documents.uploadThingToken).toBe(validToken);
    });

    it("refuses a token that is not UploadThing's", () => {
      expect(() => parseConfig({ UPLOADTHING_TOKEN: "sk_live_0123456789" })).toThrow(/UPLOADTHING_TOKEN/);
      expect(() =>
        parseConfig({ UPLOADTHING_TOKEN: token({ apiKey: "pk_0123", appId: "app123", regions: ["sea1"] }) }),
      ).toThrow(/UPLOADTHING_TOKEN/);
      expect(() =>
        parseConfig({ UPLOADTHING_TOKEN: token({ apiKey: "sk_live_0123", appId: "app123", regions: [] }) }),
      ).toThrow(/UPLOADTHING_TOKEN/);
    });
  });

  describe("production on a public address", () => {
    it("refuses to start without a PostgreSQL server, naming DATABASE_URL", () => {
      expect(() => parseConfig({ ...livePortal, DATABASE_URL: undefined })).toThrow(
        /DATABASE_URL is required in production/,
      );
      expect(() =>
        parseConfig({ ...livePortal, DATABASE_URL: "", VERCEL_ENV: "preview", ENABLE_SANDBOX_PAYMENTS: "1" }),
      ).toThrow(/DATABASE_URL/);
    });

    it("lets a production build on this machine (the e2e server) use the embedded database", () => {
      expect(
        parseConfig({
          NODE_ENV: "production",
          APP_URL: "http://127.0.0.1:3100",
          AUTH_SECRET: "x".repeat(40),
          ENABLE_DEV_MAILBOX: "1",
          ENABLE_SANDBOX_PAYMENTS: "1",
        }).deployment,
      ).toBe("local");
    });

    it("refuses to start without the Commission's bank details, naming the missing ones", () => {
      expect(() => parseConfig({ ...livePortal, BANK_ACCOUNT: undefined, BANK_SWIFT: " " })).toThrow(
        /BANK_ACCOUNT, BANK_SWIFT are required in production/,
      );
      expect(parseConfig(livePortal).payments.bank.account).toBe("7654321");
    });

    it("never switches on the dev mailbox or the sandbox checkout", () => {
      expect(() => parseConfig({ ...livePortal, SMTP_URL: undefined, ENABLE_DEV_MAILBOX: "1" })).toThrow(
        /ENABLE_DEV_MAILBOX is only for a local server or a preview deployment/,
      );
      expect(() => parseConfig({ ...livePortal, ENABLE_SANDBOX_PAYMENTS: "1" })).toThrow(
        /ENABLE_SANDBOX_PAYMENTS is only for a local server/,
      );
      // A development server pointed at a public address takes no pretend payments either.
      expect(() => parseConfig({ NODE_ENV: "development", APP_URL: "https://permis.example" })).toThrow(
        /STRIPE_SECRET_KEY is required when APP_URL is a public address/,
      );
      expect(
        parseConfig({
          NODE_ENV: "development",
          APP_URL: "https://permis.example",
          STRIPE_SECRET_KEY: "sk_test_a1",
          STRIPE_WEBHOOK_SECRET: "whsec_a",
        }).mail.devMailboxEnabled,
      ).toBe(false);
    });

    it("allows both on a preview deployment, the mailbox behind its key", () => {
      const preview = {
        ...livePortal,
        UPLOADTHING_TOKEN: uploadThingToken,
        VERCEL: "1",
        VERCEL_ENV: "preview",
        APP_URL: "https://portal-git-x.vercel.app",
        SMTP_URL: undefined,
        ENABLE_DEV_MAILBOX: "1",
        DEV_MAILBOX_KEY: "k".repeat(20),
      };
      const config = parseConfig(preview);
      expect(config.deployment).toBe("preview");
      expect(config.mail.devMailboxEnabled).toBe(true);
      expect(config.mail.devMailboxKey).toBe("k".repeat(20));
      expect(config.clientAddressHeader).toBe("x-vercel-forwarded-for");
      expect(parseConfig({}).mail.devMailboxKey).toBeUndefined();
    });
  });

  describe("deploymentOf", () => {
    it("calls loopback addresses local, Vercel previews preview, and anything else public", () => {
      expect(deploymentOf({})).toBe("local");
      expect(deploymentOf({ APP_URL: "http://localhost:3000" })).toBe("local");
      expect(deploymentOf({ APP_URL: "http://127.0.0.1:3100" })).toBe("local");
      expect(deploymentOf({ APP_URL: "http://[::1]:3000" })).toBe("local");
      expect(deploymentOf({ APP_URL: "https://permis.example", VERCEL_ENV: "preview" })).toBe("preview");
      expect(deploymentOf({ APP_URL: "https://permis.example" })).toBe("public");
      expect(deploymentOf({ APP_URL: "http://localhost.evil.example" })).toBe("public");
    });
  });

  describe("demoDataRefusal", () => {
    it("allows the demo data in development on this machine and on previews", () => {
      expect(demoDataRefusal({ NODE_ENV: "development" })).toBeNull();
      expect(demoDataRefusal({ APP_URL: "http://127.0.0.1:3100" })).toBeNull();
      expect(
        demoDataRefusal({ NODE_ENV: "production", VERCEL_ENV: "preview", APP_URL: "https://x.vercel.app" }),
      ).toBeNull();
    });

    it("refuses it in production and wherever APP_URL is a public address, unless forced", () => {
      expect(demoDataRefusal({ NODE_ENV: "production" })).toMatch(/never loaded in production/);
      expect(demoDataRefusal({ NODE_ENV: "development", APP_URL: "https://permis.example" })).toMatch(/public address/);
      expect(demoDataRefusal({ APP_URL: "https://permis.example", ALLOW_DEMO_DATA: "1" })).toBeNull();
    });
  });

  describe("TRUSTED_PROXY_HOPS", () => {
    it("takes a whole number from 0 to 10", () => {
      expect(() => parseConfig({ TRUSTED_PROXY_HOPS: "2" })).not.toThrow();
      expect(() => parseConfig({ TRUSTED_PROXY_HOPS: "11" })).toThrow(/TRUSTED_PROXY_HOPS/);
      expect(() => parseConfig({ TRUSTED_PROXY_HOPS: "-1" })).toThrow(/TRUSTED_PROXY_HOPS/);
    });
  });

  describe("on Vercel", () => {
    const vercel = { ...livePortal, APP_URL: undefined, VERCEL: "1", UPLOADTHING_TOKEN: uploadThingToken };

    it("takes the public address from the platform when APP_URL is not set", () => {
      const production = {
        ...vercel,
        VERCEL_ENV: "production",
        VERCEL_PROJECT_PRODUCTION_URL: "permis.example",
        VERCEL_URL: "portal-abc123.vercel.app",
      };
      expect(parseConfig(production).appUrl).toBe("https://permis.example");
      const preview = {
        ...vercel,
        VERCEL_ENV: "preview",
        VERCEL_BRANCH_URL: "portal-git-feature.vercel.app",
        VERCEL_URL: "portal-abc123.vercel.app",
        ENABLE_SANDBOX_PAYMENTS: "1",
      };
      expect(parseConfig(preview).appUrl).toBe("https://portal-git-feature.vercel.app");
      expect(parseConfig({ ...production, APP_URL: "https://portail.example" }).appUrl).toBe("https://portail.example");
      expect(platformAppUrl({ VERCEL_URL: "x.vercel.app" })).toBeUndefined();
    });

    it("needs UploadThing for documents, since the platform keeps no files", () => {
      expect(() =>
        parseConfig({
          ...vercel,
          VERCEL_ENV: "production",
          VERCEL_PROJECT_PRODUCTION_URL: "permis.example",
          UPLOADTHING_TOKEN: undefined,
        }),
      ).toThrow(/UPLOADTHING_TOKEN is required on Vercel/);
    });

    it("refuses the demo data in production and allows it on a preview, from the platform's address", () => {
      expect(
        demoDataRefusal({ VERCEL: "1", VERCEL_ENV: "production", VERCEL_PROJECT_PRODUCTION_URL: "permis.example" }),
      ).toMatch(/production|public/);
      expect(demoDataRefusal({ VERCEL: "1", VERCEL_ENV: "preview", VERCEL_BRANCH_URL: "b.vercel.app" })).toBeNull();
    });
  });
});
