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
  /** Minutes without a request before a session ends; the warning comes 2 minutes before. At most the 8-hour session. */
  SESSION_IDLE_MINUTES: optionalText.pipe(z.coerce.number<string>().int().min(5).max(480).optional()),
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
  UPLOADTHING_TOKEN: optionalText.pipe(
    z
      .string()
      .refine(isUploadThingToken, "is not an UploadThing token (base64 JSON with apiKey, appId, regions)")
      .optional(),
  ),
  UPLOADS_DIR: optionalText,
  STRIPE_SECRET_KEY: optionalText.pipe(
    z
      .string()
      .regex(/^(sk|rk)_(test|live)_[A-Za-z0-9]+$/, "is not a Stripe secret key (sk_test_… or sk_live_…)")
      .optional(),
  ),
  STRIPE_WEBHOOK_SECRET: optionalText.pipe(z.string().startsWith("whsec_").optional()),
  /** Only for tests: the Stripe API stand-in (e.g. http://127.0.0.1:12111). */
  STRIPE_API_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  ENABLE_SANDBOX_PAYMENTS: optionalText.pipe(z.enum(["0", "1"]).optional()),
  BANK_NAME: optionalText,
  BANK_INSTITUTION: optionalText,
  BANK_TRANSIT: optionalText,
  BANK_ACCOUNT: optionalText,
  BANK_SWIFT: optionalText,
  /** How many reverse proxies in front of the portal append to X-Forwarded-For (read by server.mjs). */
  TRUSTED_PROXY_HOPS: optionalText.pipe(
    z
      .string()
      .regex(/^(\d|10)$/, "must be a whole number from 0 to 10")
      .optional(),
  ),
  /** Set by Vercel: "1" on the platform, and which kind of deployment this is. */
  VERCEL: optionalText,
  VERCEL_ENV: optionalText.pipe(z.enum(["production", "preview", "development"]).optional()),
  /** "1" loads the demo data where it would otherwise be refused (a public address). */
  ALLOW_DEMO_DATA: optionalText.pipe(z.enum(["0", "1"]).optional()),
  /** On a preview deployment, the key that opens the development mailbox to people who are not staff. */
  DEV_MAILBOX_KEY: optionalText.pipe(z.string().min(16).optional()),
});

/**
 * Where this portal runs, from its public address and platform: "local" on this machine (a
 * loopback APP_URL, or none in development), "preview" for a Vercel preview deployment, and
 * "public" for everything else — the Commission's real portal, where nothing demo may be switched on.
 */
export type Deployment = "local" | "preview" | "public";

export function deploymentOf(vars: { APP_URL?: string; VERCEL_ENV?: string }): Deployment {
  if (vars.VERCEL_ENV === "preview") return "preview";
  if (!vars.APP_URL) return "local";
  const host = new URL(vars.APP_URL).hostname.replace(/^\[|\]$/g, "");
  const isLoopback =
    host === "localhost" || host.endsWith(".localhost") || /^127(\.\d{1,3}){3}$/.test(host) || host === "::1";
  return isLoopback ? "local" : "public";
}

/**
 * Why the demo data (accounts whose password the README publishes) may not be loaded here, or null
 * when it may: never in production but on a preview deployment, never where APP_URL is a public
 * address — a shell pointed at the real deployment — unless ALLOW_DEMO_DATA=1 forces it.
 */
export function demoDataRefusal(environment: Record<string, string | undefined>): string | null {
  const env = withAppUrl(environment);
  if (env.ALLOW_DEMO_DATA === "1") return null;
  let deployment: Deployment;
  try {
    deployment = deploymentOf({ APP_URL: env.APP_URL?.trim() || undefined, VERCEL_ENV: env.VERCEL_ENV });
  } catch {
    return `APP_URL is not a URL: ${env.APP_URL}`;
  }
  if (deployment === "preview") return null;
  if (env.NODE_ENV === "production") return "Demo data (and its known passwords) is never loaded in production.";
  if (deployment === "public")
    return `Demo data is not loaded where APP_URL (${env.APP_URL}) is a public address: its accounts' password is published. ALLOW_DEMO_DATA=1 forces it.`;
  return null;
}

const BANK_VARIABLES = ["BANK_NAME", "BANK_INSTITUTION", "BANK_TRANSIT", "BANK_ACCOUNT", "BANK_SWIFT"] as const;

export type Config = ReturnType<typeof parseConfig>;

export class ConfigError extends Error {
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/**
 * The public address on Vercel when APP_URL is not set: the production domain in production, the
 * branch's address on a preview (stable across its deployments), so links in e-mails lead back to
 * the deployment that sent them.
 */
export function platformAppUrl(env: Record<string, string | undefined>): string | undefined {
  if (env.VERCEL !== "1") return undefined;
  const host =
    env.VERCEL_ENV === "production"
      ? env.VERCEL_PROJECT_PRODUCTION_URL || env.VERCEL_URL
      : env.VERCEL_BRANCH_URL || env.VERCEL_URL;
  return host?.trim() ? `https://${host.trim()}` : undefined;
}

/** The environment with APP_URL filled in from the platform where it was left out. */
function withAppUrl(env: Record<string, string | undefined>): Record<string, string | undefined> {
  return env.APP_URL?.trim() ? env : { ...env, APP_URL: platformAppUrl(env) };
}

export function parseConfig(env: Record<string, string | undefined>, cwd: string = process.cwd()) {
  const parsed = environmentSchema.safeParse(withAppUrl(env));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  const vars = parsed.data;
  const isProduction = vars.NODE_ENV === "production";
  const deployment = deploymentOf(vars);
  const missing = isProduction
    ? (["APP_URL", "AUTH_SECRET"] as const)
        .filter((name) => !vars[name])
        .map((name) => `${name} is required in production`)
    : [];
  // An embedded database lives inside one server's folder: on a real host it would be lost, or
  // split between instances. Only a production build tried on this machine (the e2e server) may use it.
  if (isProduction && deployment !== "local" && !vars.DATABASE_URL) {
    missing.push("DATABASE_URL is required in production (a PostgreSQL server: postgresql://…)");
  }
  // Vercel's file system is read-only and not shared between instances: documents need UploadThing.
  if (vars.VERCEL === "1" && !vars.UPLOADTHING_TOKEN) {
    missing.push("UPLOADTHING_TOKEN is required on Vercel: its file system cannot keep uploaded documents");
  }
  // Payers of $30,000 or more are told to wire money to these details: never the demo account.
  if (isProduction && deployment === "public") {
    const bankMissing = BANK_VARIABLES.filter((name) => !vars[name]);
    if (bankMissing.length > 0)
      missing.push(
        `${bankMissing.join(", ")} ${bankMissing.length === 1 ? "is" : "are"} required in production (the Commission's bank details for wires and EFTs)`,
      );
  }
  // The dev mailbox shows password-reset links to anyone; the sandbox records payments no one made.
  if (deployment === "public") {
    if (vars.ENABLE_DEV_MAILBOX === "1")
      missing.push("ENABLE_DEV_MAILBOX is only for a local server or a preview deployment, not a public address");
    if (vars.ENABLE_SANDBOX_PAYMENTS === "1")
      missing.push("ENABLE_SANDBOX_PAYMENTS is only for a local server or a preview deployment, not a public address");
    if (!vars.STRIPE_SECRET_KEY && !isProduction)
      missing.push(
        "STRIPE_SECRET_KEY is required when APP_URL is a public address: the sandbox checkout records payments nobody made",
      );
  }
  // A production portal that sends no e-mail would tell people to check a mailbox that never fills.
  if (isProduction && !vars.SMTP_URL && vars.ENABLE_DEV_MAILBOX !== "1") {
    missing.push("SMTP_URL is required in production (or ENABLE_DEV_MAILBOX=1 for a test deployment without e-mail)");
  }
  // Card payments need both halves: creating sessions and hearing back from Stripe.
  if (Boolean(vars.STRIPE_SECRET_KEY) !== Boolean(vars.STRIPE_WEBHOOK_SECRET)) {
    missing.push(
      "STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET go together: set both, or neither for the sandbox checkout",
    );
  }
  if (isProduction && !vars.STRIPE_SECRET_KEY && vars.ENABLE_SANDBOX_PAYMENTS !== "1") {
    missing.push(
      "STRIPE_SECRET_KEY is required in production (or ENABLE_SANDBOX_PAYMENTS=1 for a test deployment that takes no money)",
    );
  }
  if (missing.length > 0) throw new ConfigError(missing);
  // The dev mailbox shows every e-mail with its links; next to a real mail server it would only leak them.
  if (vars.SMTP_URL && vars.ENABLE_DEV_MAILBOX === "1") {
    throw new ConfigError([
      "ENABLE_DEV_MAILBOX cannot be used with SMTP_URL: the dev mailbox is for a portal that sends no e-mail",
    ]);
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
    deployment,
    /** Clients' addresses: Vercel's own header there; elsewhere server.mjs decides from the proxies. */
    clientAddressHeader: vars.VERCEL === "1" ? "x-vercel-forwarded-for" : "x-forwarded-for",
    appUrl: (vars.APP_URL ?? "http://localhost:3000").replace(/\/+$/, ""),
    authSecret: vars.AUTH_SECRET ?? DEV_AUTH_SECRET,
    /** How long a signed-in browser may stay without a request before its session ends (lib/auth/session.ts). */
    sessionIdleSeconds: (vars.SESSION_IDLE_MINUTES ?? 30) * 60,
    branding,
    mail: {
      /** SMTP server for outgoing mail; without it, mail stays in the outbox table (lib/mail/transport.ts). */
      smtpUrl: vars.SMTP_URL,
      from: vars.MAIL_FROM ?? defaultSender(branding.portalName.fr, branding.supportEmail),
      /** The /dev/mailbox pages: never next to a real mail server; in production only when asked (e2e server). */
      devMailboxEnabled:
        !vars.SMTP_URL && deployment !== "public" && (!isProduction || vars.ENABLE_DEV_MAILBOX === "1"),
      /** On a preview deployment the mailbox is for staff, or for whoever has this key. */
      devMailboxKey: deployment === "preview" ? vars.DEV_MAILBOX_KEY : undefined,
    },
    /** Bearer secret of /api/cron/<job>; without it the route is open in development and absent in production. */
    cronSecret: vars.CRON_SECRET,
    payments: {
      /** Card checkout through Stripe when set; otherwise the sandbox checkout inside the portal. */
      stripe:
        vars.STRIPE_SECRET_KEY && vars.STRIPE_WEBHOOK_SECRET
          ? {
              secretKey: vars.STRIPE_SECRET_KEY,
              webhookSecret: vars.STRIPE_WEBHOOK_SECRET,
              apiUrl: vars.STRIPE_API_URL,
            }
          : null,
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
    const parsed = z
      .object({ apiKey: z.string().startsWith("sk_"), appId: z.string().min(1), regions: z.array(z.string()).min(1) })
      .safeParse(decoded);
    return parsed.success;
  } catch {
    return false;
  }
}

/** Where uploads go without UploadThing: a private folder, never one the web server publishes. */
function uploadsDirectory(configured: string | undefined, cwd: string): string {
  const directory = path.resolve(cwd, configured ?? ".data/uploads");
  const relativeToPublic = path.relative(path.resolve(cwd, "public"), directory);
  const isOutsidePublic =
    relativeToPublic === ".." || relativeToPublic.startsWith(`..${path.sep}`) || path.isAbsolute(relativeToPublic);
  if (!isOutsidePublic)
    throw new ConfigError(["UPLOADS_DIR cannot be inside public/: every file there is served to anyone"]);
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
