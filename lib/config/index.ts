import path from "node:path";
import { z } from "zod";

/**
 * The portal's configuration, read from the environment and validated once.
 * In production a missing secret stops the server at start-up (instrumentation.ts) with a clear message;
 * in development and tests every value has a safe embedded default so `npm run dev` needs nothing.
 */
const DEV_AUTH_SECRET = "development-only-secret-never-use-in-production-0000";

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

const environmentSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  APP_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  AUTH_SECRET: optionalText.pipe(z.string().min(32).optional()),
  DATABASE_URL: optionalText,
  PGLITE_DATA_DIR: optionalText,
  COMMISSION_NAME_FR: optionalText,
  COMMISSION_NAME_EN: optionalText,
  PORTAL_NAME_FR: optionalText,
  PORTAL_NAME_EN: optionalText,
  SUPPORT_PHONE: optionalText,
  SUPPORT_EMAIL: optionalText.pipe(z.email().optional()),
  SMTP_URL: optionalText.pipe(z.url({ protocol: /^smtps?$/ }).optional()),
  MAIL_FROM: optionalText,
  ENABLE_DEV_MAILBOX: optionalText.pipe(z.enum(["0", "1"]).optional()),
  CRON_SECRET: optionalText.pipe(z.string().min(16).optional()),
  UPLOADTHING_TOKEN: optionalText.pipe(z.string().refine(isUploadThingToken, "is not an UploadThing token (base64 JSON with apiKey, appId, regions)").optional()),
  UPLOADS_DIR: optionalText,
  STRIPE_SECRET_KEY: optionalText.pipe(z.string().regex(/^(sk|rk)_(test|live)_[A-Za-z0-9]+$/, "is not a Stripe secret key (sk_test_… or sk_live_…)").optional()),
  STRIPE_WEBHOOK_SECRET: optionalText.pipe(z.string().startsWith("whsec_").optional()),
  /** Only for tests: the Stripe API stand-in (e.g. http://127.0.0.1:12111). */
  STRIPE_API_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  ENABLE_SANDBOX_PAYMENTS: optionalText.pipe(z.enum(["0", "1"]).optional()),
  BANK_NAME: optionalText,
  BANK_INSTITUTION: optionalText,
  BANK_TRANSIT: optionalText,
  BANK_ACCOUNT: optionalText,
  BANK_SWIFT: optionalText,
});

export type Config = ReturnType<typeof parseConfig>;

export class ConfigError extends Error {
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export function parseConfig(env: Record<string, string | undefined>, cwd: string = process.cwd()) {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  const vars = parsed.data;
  const isProduction = vars.NODE_ENV === "production";
  const missing = isProduction
    ? (["APP_URL", "AUTH_SECRET"] as const).filter((name) => !vars[name]).map((name) => `${name} is required in production`)
    : [];
  // A production portal that sends no e-mail would tell people to check a mailbox that never fills.
  if (isProduction && !vars.SMTP_URL && vars.ENABLE_DEV_MAILBOX !== "1") {
    missing.push("SMTP_URL is required in production (or ENABLE_DEV_MAILBOX=1 for a test deployment without e-mail)");
  }
  // Card payments need both halves: creating sessions and hearing back from Stripe.
  if (Boolean(vars.STRIPE_SECRET_KEY) !== Boolean(vars.STRIPE_WEBHOOK_SECRET)) {
    missing.push("STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET go together: set both, or neither for the sandbox checkout");
  }
  if (isProduction && !vars.STRIPE_SECRET_KEY && vars.ENABLE_SANDBOX_PAYMENTS !== "1") {
    missing.push("STRIPE_SECRET_KEY is required in production (or ENABLE_SANDBOX_PAYMENTS=1 for a test deployment that takes no money)");
  }
  if (missing.length > 0) throw new ConfigError(missing);
  // The dev mailbox shows every e-mail with its links; next to a real mail server it would only leak them.
  if (vars.SMTP_URL && vars.ENABLE_DEV_MAILBOX === "1") {
    throw new ConfigError(["ENABLE_DEV_MAILBOX cannot be used with SMTP_URL: the dev mailbox is for a portal that sends no e-mail"]);
  }

  const branding = {
    commissionName: {
      fr: vars.COMMISSION_NAME_FR ?? "Commission des alcools et des jeux",
      en: vars.COMMISSION_NAME_EN ?? "Alcohol and Gaming Commission",
    },
    portalName: {
      fr: vars.PORTAL_NAME_FR ?? "Portail des permis",
      en: vars.PORTAL_NAME_EN ?? "Licensing Portal",
    },
    supportPhone: vars.SUPPORT_PHONE ?? "1-800-000-0000",
    supportEmail: vars.SUPPORT_EMAIL ?? "service@commission.example",
  };

  return {
    isProduction,
    appUrl: (vars.APP_URL ?? "http://localhost:3000").replace(/\/+$/, ""),
    authSecret: vars.AUTH_SECRET ?? DEV_AUTH_SECRET,
    branding,
    mail: {
      /** SMTP server for outgoing mail; without it, mail stays in the outbox table (lib/mail/transport.ts). */
      smtpUrl: vars.SMTP_URL,
      from: vars.MAIL_FROM ?? defaultSender(branding.portalName.fr, branding.supportEmail),
      /** The /dev/mailbox pages: never next to a real mail server; in production only when asked (e2e server). */
      devMailboxEnabled: !vars.SMTP_URL && (!isProduction || vars.ENABLE_DEV_MAILBOX === "1"),
    },
    /** Bearer secret of /api/cron/<job>; without it the route is open in development and absent in production. */
    cronSecret: vars.CRON_SECRET,
    payments: {
      /** Card checkout through Stripe when set; otherwise the sandbox checkout inside the portal. */
      stripe: vars.STRIPE_SECRET_KEY && vars.STRIPE_WEBHOOK_SECRET ? { secretKey: vars.STRIPE_SECRET_KEY, webhookSecret: vars.STRIPE_WEBHOOK_SECRET, apiUrl: vars.STRIPE_API_URL } : null,
      /** Where wires and EFTs go (demo figures unless configured). */
      bank: {
        name: vars.BANK_NAME ?? "Banque de démonstration du Canada / Demo Bank of Canada",
        institution: vars.BANK_INSTITUTION ?? "001",
        transit: vars.BANK_TRANSIT ?? "00011",
        account: vars.BANK_ACCOUNT ?? "1234567",
        swift: vars.BANK_SWIFT ?? "DEMOCATTXXX",
      },
    },
    documents: {
      /** Files go to UploadThing when set; otherwise to the private folder below (lib/documents/storage.ts). */
      uploadThingToken: vars.UPLOADTHING_TOKEN,
      uploadsDir: uploadsDirectory(vars.UPLOADS_DIR, cwd),
    },
  };
}

/** "Portail des permis" <no-reply@commission.example>: a no-reply address on the support address's domain. */
function defaultSender(portalName: string, supportEmail: string): string {
  const domain = supportEmail.slice(supportEmail.lastIndexOf("@") + 1);
  const displayName = portalName.replace(/["\\\r\n]/g, "");
  return `"${displayName}" <no-reply@${domain}>`;
}

/**
 * The token UploadThing's dashboard gives: base64 of { apiKey: "sk_…", appId, regions: [...] }.
 * Checked here so that a pasted-wrong token stops the server at start-up, not at the first upload.
 */
function isUploadThingToken(token: string): boolean {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(token, "base64").toString("utf8"));
    const parsed = z.object({ apiKey: z.string().startsWith("sk_"), appId: z.string().min(1), regions: z.array(z.string()).min(1) }).safeParse(decoded);
    return parsed.success;
  } catch {
    return false;
  }
}

/** Where uploads go without UploadThing: a private folder, never one the web server publishes. */
function uploadsDirectory(configured: string | undefined, cwd: string): string {
  const directory = path.resolve(cwd, configured ?? ".data/uploads");
  const relativeToPublic = path.relative(path.resolve(cwd, "public"), directory);
  const isOutsidePublic = relativeToPublic === ".." || relativeToPublic.startsWith(`..${path.sep}`) || path.isAbsolute(relativeToPublic);
  if (!isOutsidePublic) throw new ConfigError(["UPLOADS_DIR cannot be inside public/: every file there is served to anyone"]);
  return directory;
}

let cached: Config | undefined;

/** The validated configuration; the first call validates, later calls reuse the result. */
export function getConfig(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}

/** Tests change process.env between cases; the next getConfig() reads it again. */
export function resetConfigForTests(): void {
  if (process.env.NODE_ENV !== "test") throw new Error("resetConfigForTests is for tests only");
  cached = undefined;
}
