import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { bound, callAction, fieldsFor, redirectAction, stateAction } from "@/lib/forms/action";
import { idleForm } from "@/lib/forms/state";
import { maintenanceUnderWay } from "@/lib/maintenance/schedule";

vi.mock("@/lib/auth/session", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/session")>();
  return { ...actual, getCurrentUser: vi.fn(async () => null) };
});

/** The maintenance schedule is the database's; here, a period under way or none. */
vi.mock("@/lib/maintenance/schedule", () => ({ maintenanceUnderWay: vi.fn(async () => null) }));

/** The page a form was posted from, as the proxy tells the action. */
vi.mock("next/headers", () => ({ headers: vi.fn(async () => new Headers()) }));

const applicant: SessionUser = {
  id: "00000000-0000-4000-8000-000000000001",
  email: "a@example.com",
  firstName: "A",
  lastName: "B",
  role: "applicant",
  locale: "fr",
};
const service: SessionUser = { ...applicant, id: "00000000-0000-4000-8000-000000000011", role: "customer_service" };
const recordId = "7d1f7a4e-3c1b-4f4e-9a51-2b9e0d5e2f10";
const notFoundError = { digest: expect.stringContaining("404") };

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

beforeEach(() => {
  vi.mocked(getCurrentUser).mockResolvedValue(null);
  vi.mocked(maintenanceUnderWay).mockResolvedValue(null);
  vi.mocked(headers).mockResolvedValue(new Headers() as Awaited<ReturnType<typeof headers>>);
});

/** Sunday 29 November 2026, 4:00 to 7:00 a.m. in Toronto. */
const sundayMorning = {
  startsAt: new Date("2026-11-29T09:00:00Z"),
  endsAt: new Date("2026-11-29T12:00:00Z"),
  messages: [],
};

function postedFrom(path: string) {
  vi.mocked(headers).mockResolvedValue(new Headers({ "x-current-path": path }) as Awaited<ReturnType<typeof headers>>);
}

describe("stateAction", () => {
  const seen = vi.fn();
  const action = stateAction({
    guard: { permission: "handleInquiries" },
    bound: [bound.locale, bound.id],
    schema: z.object({ message: z.string().trim().min(1, { error: "messageRequired" }) }),
    run: async (context) => {
      seen(context.args, context.input);
      return { status: "success" };
    },
  });

  it("answers 404 to anyone without the permission, before reading anything", async () => {
    await expect(action("fr", recordId, idleForm, form({ message: "Bonjour" }))).rejects.toMatchObject(notFoundError);
    vi.mocked(getCurrentUser).mockResolvedValue(applicant);
    await expect(action("fr", recordId, idleForm, form({ message: "Bonjour" }))).rejects.toMatchObject(notFoundError);
    expect(seen).not.toHaveBeenCalled();
  });

  it("answers 404 to a bound locale or id the site does not know", async () => {
    vi.mocked(getCurrentUser).mockResolvedValue(service);
    await expect(
      action("//evil.example" as "fr", recordId, idleForm, form({ message: "Bonjour" })),
    ).rejects.toMatchObject(notFoundError);
    await expect(action("fr", "' OR 1=1 --", idleForm, form({ message: "Bonjour" }))).rejects.toMatchObject(
      notFoundError,
    );
    expect(seen).not.toHaveBeenCalled();
  });

  it("returns the form's errors and what was typed when the schema refuses it", async () => {
    vi.mocked(getCurrentUser).mockResolvedValue(service);
    const state = await action("fr", recordId, idleForm, form({ message: "  " }));
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { message: "messageRequired" },
      values: { message: "  " },
    });
    expect(seen).not.toHaveBeenCalled();
  });

  it("hands the body the checked arguments and only the declared fields", async () => {
    vi.mocked(getCurrentUser).mockResolvedValue(service);
    expect(await action("en", recordId, idleForm, form({ message: " Hello ", userId: applicant.id }))).toEqual({
      status: "success",
    });
    expect(seen).toHaveBeenCalledWith(["en", recordId], { message: "Hello" });
  });
});

describe("redirectAction", () => {
  const action = redirectAction({
    guard: "user",
    bound: [bound.locale],
    schema: z.object({ id: z.uuid() }),
    run: async ({ args: [locale], input }) => redirect(`/${locale}/done/${input.id}`),
  });

  it("redirects from the body, and answers 404 to a form its page cannot send", async () => {
    vi.mocked(getCurrentUser).mockResolvedValue(applicant);
    await expect(action("fr", form({ id: recordId }))).rejects.toMatchObject({
      digest: expect.stringContaining(`;/fr/done/${recordId};`),
    });
    await expect(action("fr", form({ id: "nope" }))).rejects.toMatchObject(notFoundError);
  });
});

describe("fieldsFor", () => {
  it("reads the fields carrying a record's id, without it", () => {
    const schema = fieldsFor(recordId, z.object({ note: z.string(), receivedOn: z.object({ day: z.string() }) }));
    expect(
      schema.parse({
        [`note-${recordId}`]: "ok",
        [`receivedOn-${recordId}`]: { day: "3" },
        note: "other form",
        [`note-${applicant.id}`]: "x",
      }),
    ).toEqual({
      note: "ok",
      receivedOn: { day: "3" },
    });
  });
});

describe("during maintenance", () => {
  const ran = vi.fn();
  const applicantForm = stateAction({
    guard: "user",
    bound: [bound.locale],
    schema: z.object({ phone: z.string() }),
    run: async () => {
      ran();
      return { status: "success" };
    },
  });
  const applicantRedirect = redirectAction({
    guard: "user",
    bound: [bound.locale],
    schema: z.object({}),
    run: async ({ args: [locale] }) => {
      ran();
      redirect(`/${locale}/done`);
    },
  });

  beforeEach(() => {
    ran.mockClear();
    vi.mocked(maintenanceUnderWay).mockResolvedValue(sundayMorning);
  });

  it("answers an applicant's form with the message (until when, in the page's language), what was typed and the maintenance page", async () => {
    vi.mocked(getCurrentUser).mockResolvedValue(applicant);
    postedFrom("/en/profile");
    const state = await applicantForm("fr", idleForm, form({ phone: "613-555-0199" }));
    expect(state).toMatchObject({
      status: "error",
      formError: "Validation.maintenance",
      formErrorValues: { until: "Sunday, November 29 at 7:00 a.m." },
      formErrorLink: { href: "/en/maintenance", label: "Validation.maintenanceLink" },
      values: { phone: "613-555-0199" },
    });
    expect(ran).not.toHaveBeenCalled();
  });

  it("refuses before the form is read: an invalid form gets the maintenance message, not field errors", async () => {
    vi.mocked(getCurrentUser).mockResolvedValue(applicant);
    const state = await applicantForm("fr", idleForm, form({}));
    expect(state.formError).toBe("Validation.maintenance");
    expect(state.fieldErrors).toBeUndefined();
    // No page to read the language from: the account's.
    expect(state.formErrorLink?.href).toBe("/fr/maintenance");
  });

  it("still sends a visitor to sign in first, and still answers 404 to a bad bound argument", async () => {
    await expect(applicantForm("fr", idleForm, form({ phone: "1" }))).rejects.toMatchObject({
      digest: expect.stringContaining("/login"),
    });
    vi.mocked(getCurrentUser).mockResolvedValue(applicant);
    await expect(applicantForm("//evil.example" as "fr", idleForm, form({ phone: "1" }))).rejects.toMatchObject(
      notFoundError,
    );
  });

  it("sends a form that moves on back to its page with the maintenance notice", async () => {
    vi.mocked(getCurrentUser).mockResolvedValue(applicant);
    postedFrom(`/fr/applications/${recordId}/premises?return=review`);
    await expect(applicantRedirect("fr", form({}))).rejects.toMatchObject({
      digest: expect.stringContaining(`;/fr/applications/${recordId}/premises?return=review&error=maintenance;`),
    });
    expect(ran).not.toHaveBeenCalled();
  });

  it("sends it to the maintenance page when its page is not one to go back to", async () => {
    vi.mocked(getCurrentUser).mockResolvedValue(applicant);
    postedFrom("//evil.example/fr");
    await expect(applicantRedirect("en", form({}))).rejects.toMatchObject({
      digest: expect.stringContaining(";/fr/maintenance;"),
    });
  });

  it("refuses a public action by default, such as registration", async () => {
    const register = stateAction({
      guard: "public",
      bound: [bound.locale],
      schema: z.object({ email: z.string() }),
      run: async () => {
        ran();
        return { status: "success" };
      },
    });
    postedFrom("/fr/register");
    expect((await register("fr", idleForm, form({ email: "a@example.com" }))).formError).toBe("Validation.maintenance");
    expect(ran).not.toHaveBeenCalled();
  });

  it("runs staff actions and actions that declare they stay open, without asking", async () => {
    const staffAction = stateAction({
      guard: { permission: "handleInquiries" },
      bound: [],
      schema: z.object({}),
      run: async () => ({ status: "success" }),
    });
    const signOut = callAction({
      guard: "public",
      duringMaintenance: "allow",
      bound: [],
      run: async () => "signed out",
    });
    vi.mocked(getCurrentUser).mockResolvedValue(service);
    vi.mocked(maintenanceUnderWay).mockClear();
    expect(await staffAction(idleForm, form({}))).toEqual({ status: "success" });
    expect(await signOut()).toBe("signed out");
    expect(maintenanceUnderWay).not.toHaveBeenCalled();
  });

  it("lets an applicant's action run once maintenance is over", async () => {
    vi.mocked(getCurrentUser).mockResolvedValue(applicant);
    vi.mocked(maintenanceUnderWay).mockResolvedValue(null);
    expect(await applicantForm("fr", idleForm, form({ phone: "613-555-0199" }))).toEqual({ status: "success" });
  });
});
