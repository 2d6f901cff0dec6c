import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { SessionUser } from "@/lib/auth/session";
import { hashToken } from "@/lib/accounts/tokens";
import { portalUrl } from "@/lib/http/portal-url";
import { enqueueEmail } from "@/lib/mail/outbox";
import { deliverSoon } from "@/lib/mail/deliver";
import { isUuid } from "@/lib/http/ids";
import { applicationKinds } from "@/lib/applications/registry";
import {
  fieldsSchema,
  isItemComplete,
  itemLabel,
  disclosureFormOf,
  listItems,
  needsDisclosureRequest,
  type DisclosureForm,
  type ApplicationFacts,
  type SavedAnswers,
} from "@/lib/applications/engine";
import { isEditable, type ApplicationStatus } from "@/lib/applications/status";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatCommissionDay } from "@/lib/i18n/format";
import { consumeAttempt } from "@/lib/rate-limit";
import { peopleOnFileKeys } from "@/lib/applications/queries";
import { answersOfForm, disclosureFormFields, DISCLOSURE_LINK_LIFETIME_MS } from "./form";

export type SendResult =
  | { ok: true; sent: number }
  | { ok: false; reason: "notFound" | "notEditable" | "unknownSection" | "itemsIncomplete" | "nothingToSend" }
  | { ok: false; reason: "tooManyEmails"; retryAfterSeconds: number };

type Db = Prisma.TransactionClient | ReturnType<typeof getDb>;

/**
 * The people (or entities) of a list who need a request now (none yet, or their e-mail changed; not
 * someone the list finds already on the holder's file), read with the application's row locked when
 * `lock` is set — the send itself — or plainly to count them first.
 */
async function peopleToAsk(db: Db, actor: SessionUser, applicationId: string, sectionId: string, lock: boolean) {
  const [row] = await db.$queryRaw<
    Array<{
      kind: string;
      status: ApplicationStatus;
      answers: SavedAnswers;
      fileNumber: string;
      entityId: string | null;
    }>
  >`
    SELECT "kind", "status", "answers", "fileNumber", "entityId" FROM "Application" WHERE "id" = ${applicationId}::uuid AND "userId" = ${actor.id}::uuid ${lock ? Prisma.sql`FOR UPDATE` : Prisma.empty}`;
  if (!row) return { ok: false as const, reason: "notFound" as const };
  if (!isEditable(row.status)) return { ok: false as const, reason: "notEditable" as const };
  const section = applicationKinds.get(row.kind)?.sections.find((candidate) => candidate.id === sectionId);
  if (!section || section.page !== "list" || !section.disclosures)
    return { ok: false as const, reason: "unknownSection" as const };
  const items = listItems(row.answers, sectionId);
  if (items.length < section.min || !items.every((item) => isItemComplete(section, item)))
    return { ok: false as const, reason: "itemsIncomplete" as const };
  const existing = await db.disclosureRequest.findMany({
    where: { applicationId },
    select: { personId: true, status: true, email: true },
  });
  const facts: ApplicationFacts = {
    documents: {},
    disclosures: Object.fromEntries(existing.map((request) => [request.personId, request])),
    onFile: section.disclosures.keyOnFile ? await peopleOnFileKeys(db, row.entityId) : [],
  };
  const toSend = items.filter((item) => needsDisclosureRequest(section, item, facts));
  if (toSend.length === 0) return { ok: false as const, reason: "nothingToSend" as const };
  return {
    ok: true as const,
    row,
    section,
    emailField: section.disclosures.emailField,
    form: disclosureFormOf(section),
    toSend,
  };
}

/**
 * "Send disclosure requests": every listed person (or entity) who has no request yet (or whose
 * e-mail changed) gets a single-use link to the list's form — a person's, a premises manager's, an
 * entity's — in the applicant's language. A request sent again replaces the old link.
 * Each e-mail counts against the application's hourly allowance, so editing addresses cannot turn
 * the portal into a mailer.
 */
export async function sendDisclosureRequests(
  actor: SessionUser,
  applicationId: string,
  sectionId: string,
  locale: AppLocale,
  now = new Date(),
): Promise<SendResult> {
  if (!isUuid(applicationId)) return { ok: false, reason: "notFound" };
  const planned = await peopleToAsk(getDb(), actor, applicationId, sectionId, false);
  if (!planned.ok) return planned;
  // One attempt per e-mail (the limiter counts one at a time); the first refusal stops the send.
  for (let index = 0; index < planned.toSend.length; index += 1) {
    const limit = await consumeAttempt("disclosureEmailsByApplication", applicationId);
    if (!limit.allowed) return { ok: false, reason: "tooManyEmails", retryAfterSeconds: limit.retryAfterSeconds };
  }
  const result = await getDb().$transaction(async (tx) => {
    const people = await peopleToAsk(tx, actor, applicationId, sectionId, true);
    if (!people.ok) return people;
    const { row, section, emailField, form, toSend } = people;
    const applicant = String(row.answers.applicantDetails?.legalName ?? `${actor.firstName} ${actor.lastName}`);
    const expiresAt = new Date(now.getTime() + DISCLOSURE_LINK_LIFETIME_MS);
    for (const item of toSend) {
      const token = randomBytes(32).toString("base64url");
      const email = String(item[emailField]);
      const fullName = itemLabel(section, item);
      const data = {
        fullName,
        form,
        email,
        locale,
        tokenHash: hashToken(token),
        expiresAt,
        status: "sent" as const,
        answers: undefined,
        sentAt: now,
        completedAt: null,
      };
      await tx.disclosureRequest.upsert({
        where: { applicationId_personId: { applicationId, personId: item.id } },
        create: { applicationId, personId: item.id, ...data },
        update: data,
      });
      await enqueueEmail(tx, {
        to: email,
        locale,
        template: "disclosureRequest",
        values: {
          name: fullName,
          url: portalUrl(locale, `/disclosures/${token}`),
          applicant,
          fileNumber: row.fileNumber,
          expiresOn: formatCommissionDay(expiresAt, locale),
          form,
        },
      });
    }
    await tx.application.update({ where: { id: applicationId }, data: { updatedAt: now } });
    return { ok: true as const, sent: toSend.length };
  });
  if (result.ok) deliverSoon();
  return result;
}

export type DisclosureLink =
  | {
      status: "valid";
      id: string;
      form: DisclosureForm;
      fullName: string;
      applicant: string;
      fileNumber: string;
      answers: Record<string, unknown>;
    }
  | { status: "completed"; form: DisclosureForm }
  | { status: "invalid" | "expired" };

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

async function findByToken(db: Prisma.TransactionClient | ReturnType<typeof getDb>, token: string) {
  if (!TOKEN_SHAPE.test(token)) return null;
  return db.disclosureRequest.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      status: true,
      form: true,
      expiresAt: true,
      fullName: true,
      answers: true,
      application: { select: { fileNumber: true, answers: true, status: true } },
    },
  });
}

/** What a disclosure link is worth now: the person's (or entity's) form, or why it cannot be used. */
export async function openDisclosure(token: string, now = new Date()): Promise<DisclosureLink> {
  const request = await findByToken(getDb(), token);
  if (!request) return { status: "invalid" };
  if (request.status === "completed") return { status: "completed", form: request.form };
  if (request.expiresAt <= now || request.application.status === "withdrawn") return { status: "expired" };
  const applicationAnswers = request.application.answers as SavedAnswers;
  return {
    status: "valid",
    id: request.id,
    form: request.form,
    fullName: request.fullName,
    applicant: String(applicationAnswers.applicantDetails?.legalName ?? ""),
    fileNumber: request.application.fileNumber,
    answers: (request.answers ?? {}) as Record<string, unknown>,
  };
}

export type DisclosureSaveResult =
  { ok: true; completed: boolean } | { ok: false; reason: "invalid" | "expired" | "completed" };

/**
 * Saves what the person typed — only the questions of the request's form, kept even when incomplete —
 * and, when every answer is valid, completes the request — once: a second submission, even a
 * simultaneous one, finds it completed.
 */
export async function saveDisclosure(
  token: string,
  values: Record<string, unknown>,
  now = new Date(),
): Promise<DisclosureSaveResult> {
  const request = await findByToken(getDb(), token);
  if (!request) return { ok: false, reason: "invalid" };
  if (request.status === "completed") return { ok: false, reason: "completed" };
  if (request.expiresAt <= now || request.application.status === "withdrawn") return { ok: false, reason: "expired" };
  const answers = answersOfForm(request.form, values);
  const complete = fieldsSchema(disclosureFormFields[request.form]).safeParse(answers).success;
  const { count } = await getDb().disclosureRequest.updateMany({
    where: { id: request.id, status: "sent", expiresAt: { gt: now } },
    data: { answers: answers as Prisma.InputJsonValue, ...(complete ? { status: "completed", completedAt: now } : {}) },
  });
  if (count === 0) return { ok: false, reason: "completed" };
  return { ok: true, completed: complete };
}
