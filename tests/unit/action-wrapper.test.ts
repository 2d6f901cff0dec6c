import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { redirect } from "next/navigation";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { bound, fieldsFor, redirectAction, stateAction } from "@/lib/forms/action";
import { idleForm } from "@/lib/forms/state";

vi.mock("@/lib/auth/session", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/session")>();
  return { ...actual, getCurrentUser: vi.fn(async () => null) };
});

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

beforeEach(() => vi.mocked(getCurrentUser).mockResolvedValue(null));

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
