import { afterEach, describe, expect, it, vi } from "vitest";
import { getCurrentUser } from "@/lib/auth/session";
import { resetConfigForTests } from "@/lib/config";
import { mayOpenDevMailbox } from "@/lib/mail/dev-mailbox-access";
import { demoSession } from "./fixtures";

/** The session the check reads through getCurrentUser. */
vi.mock("@/lib/auth/session", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/session")>();
  return { ...actual, getCurrentUser: vi.fn(async () => null) };
});

const saved = { ...process.env };
const KEY = "preview-mailbox-key-0123";

function deployedAs(env: Record<string, string>) {
  process.env = { ...saved, ...env };
  resetConfigForTests();
}

afterEach(() => {
  process.env = { ...saved };
  resetConfigForTests();
  vi.mocked(getCurrentUser).mockResolvedValue(null);
});

describe("mayOpenDevMailbox", () => {
  it("opens to anyone on this machine", async () => {
    deployedAs({ APP_URL: "http://127.0.0.1:3000" });
    expect(await mayOpenDevMailbox(undefined)).toBe(true);
  });

  it("on a preview, opens to staff and to the key only", async () => {
    deployedAs({
      APP_URL: "https://portal-git-x.vercel.app",
      VERCEL_ENV: "preview",
      ENABLE_DEV_MAILBOX: "1",
      DEV_MAILBOX_KEY: KEY,
    });
    expect(await mayOpenDevMailbox(undefined)).toBe(false);
    expect(await mayOpenDevMailbox("wrong-key")).toBe(false);
    expect(await mayOpenDevMailbox(KEY)).toBe(true);
    vi.mocked(getCurrentUser).mockResolvedValue(demoSession("marie.tremblay@example.com"));
    expect(await mayOpenDevMailbox(undefined)).toBe(false);
    vi.mocked(getCurrentUser).mockResolvedValue(demoSession("service@example.com"));
    expect(await mayOpenDevMailbox(undefined)).toBe(true);
  });

  it("never opens where it is not enabled", async () => {
    deployedAs({
      APP_URL: "https://permis.example",
      SMTP_URL: "smtp://mail.example",
      STRIPE_SECRET_KEY: "sk_test_a1",
      STRIPE_WEBHOOK_SECRET: "whsec_a",
    });
    vi.mocked(getCurrentUser).mockResolvedValue(demoSession("admin@example.com"));
    expect(await mayOpenDevMailbox(KEY)).toBe(false);
  });
});
