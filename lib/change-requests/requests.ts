import "server-only";
import { randomInt } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/transaction";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import type { Result } from "@/lib/result";
import { activeLinkWhere } from "@/lib/access-codes/account-links";
import { audit } from "@/lib/audit";
import { isUuid } from "@/lib/http/ids";
import { portalUrl } from "@/lib/http/portal-url";
import { enqueueEmail } from "@/lib/mail/outbox";
import { deliverSoon } from "@/lib/mail/deliver";
import type { EmailTemplate } from "@/lib/mail/templates";
import { documentRows, stageDocuments } from "@/lib/documents/commands";
import type { DocumentRuleErrorCode } from "@/lib/documents/rules";
import type { StorageOption } from "@/lib/documents/storage";
import { changeRequestReason } from "@/lib/licences/history-reasons";
import {
  currentFactsFor,
  isApplicableKind,
  offeredKinds,
  proposalFacts,
  readFacts,
  type ApplicableKind,
  type CurrentFacts,
  type Facts,
  type ParsedChange,
  type RequestableKind,
} from "@/lib/licences/change-proposals";
import { decideChangeRequestSchema } from "@/lib/licences/schemas";
import type { z } from "zod";

/**
 * "Request a change" on a licence: the holder asks for one kind of change (a new address, operating
 * name, contact details, capacities, or a change explained in words), with documents; staff approve
 * it (the change is applied to the file, with the facts before and after kept and a line on the
 * licence's history), refuse it with reasons, or answer it without change. The person who asked is
 * told by e-mail at each step, in their language.
 */

function reference(now: Date): string {
  return `CHG-${now.getUTCFullYear()}-${String(randomInt(0, 1_000_000)).padStart(6, "0")}`;
}

/** The facts a change can be about, as they stand on file, read with the licence. */
const licenceFactsSelect = {
  id: true,
  number: true,
  status: true,
  entityId: true,
  premisesId: true,
  entity: { select: { operatingName: true, email: true, phone: true } },
  premises: {
    select: { address: true, areas: { orderBy: { name: "asc" }, select: { id: true, name: true, capacity: true } } },
  },
} satisfies Prisma.LicenceSelect;

type LicenceFactsRow = Prisma.LicenceGetPayload<{ select: typeof licenceFactsSelect }>;

function currentFacts(licence: LicenceFactsRow): CurrentFacts {
  return {
    premisesAddress: licence.premises?.address ?? null,
    areas: licence.premises?.areas ?? [],
    operatingName: licence.entity.operatingName,
    email: licence.entity.email,
    phone: licence.entity.phone,
  };
}

/** What the change form of a licence needs: which kinds it offers, and its areas for a capacity. */
export async function getChangeFormFacts(actor: SessionUser, licenceId: string) {
  if (!isUuid(licenceId)) return null;
  const licence = await getDb().licence.findFirst({
    where: { id: licenceId, entity: { links: { some: activeLinkWhere(actor.id) } } },
    select: { ...licenceFactsSelect, kind: true },
  });
  if (!licence) return null;
  const areas = licence.premises?.areas ?? [];
  return {
    id: licence.id,
    number: licence.number,
    kind: licence.kind,
    facts: currentFacts(licence),
    kinds: offeredKinds({ hasPremises: licence.premises !== null, areaIds: areas.map((area) => area.id) }),
  };
}

export type ChangeRequestInput = ParsedChange & {
  licenceId: string;
  kind: RequestableKind;
  /** As the form sent them: checked by content (lib/documents) before anything is stored. */
  files?: readonly { name: string; bytes: Uint8Array }[];
};

export type CreateRefusal = "notFound" | "kindNotOffered" | "areaNotOnLicence" | DocumentRuleErrorCode;

/**
 * Creates the request if the licence belongs to one of the actor's entities ("not found"
 * otherwise), with its attachments, and tells the sender it was received. A capacity for an area
 * that is not this licence's is refused, whatever id the form carried.
 */
export async function createChangeRequest(
  actor: SessionUser,
  input: ChangeRequestInput,
  { storage }: StorageOption = {},
  now = new Date(),
): Promise<Result<{ id: string; reference: string }, CreateRefusal>> {
  if (!isUuid(input.licenceId)) return { ok: false, reason: "notFound" };
  const licence = await getDb().licence.findFirst({
    where: { id: input.licenceId, entity: { links: { some: activeLinkWhere(actor.id) } } },
    select: licenceFactsSelect,
  });
  if (!licence) return { ok: false, reason: "notFound" };
  const facts = currentFacts(licence);
  const offered = offeredKinds({ hasPremises: licence.premises !== null, areaIds: facts.areas.map((area) => area.id) });
  if (!offered.includes(input.kind) || (input.proposed && input.proposed.kind !== input.kind))
    return { ok: false, reason: "kindNotOffered" };
  const proposed = input.proposed ? proposalFacts(input.proposed, facts) : null;
  if (input.proposed && !proposed) return { ok: false, reason: "areaNotOnLicence" };

  const staged = await stageDocuments(input.files ?? [], { storage });
  if (!staged.ok) return { ok: false, reason: staged.code };
  const sender = await getDb().user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { email: true, firstName: true, locale: true },
  });
  try {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      try {
        const created = await getDb().$transaction(async (tx) => {
          const request = await tx.changeRequest.create({
            data: {
              reference: reference(now),
              licenceId: licence.id,
              userId: actor.id,
              kind: input.kind,
              description: input.description,
              proposed: proposed ?? Prisma.DbNull,
              createdAt: now,
            },
            select: { id: true, reference: true },
          });
          if (staged.staged.length > 0)
            await tx.document.createMany({
              data: documentRows(actor, staged.staged, { changeRequestId: request.id }),
            });
          await tellSender(tx, "changeRequestReceived", sender, { ...request, licence });
          return request;
        });
        deliverSoon();
        return { ok: true, ...created };
      } catch (error) {
        // A reference already taken: draw another.
        if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
      }
    }
    throw new Error("Could not find a free change-request reference");
  } catch (error) {
    await staged.discard();
    throw error;
  }
}

type Recipient = { email: string; firstName: string; locale: "fr" | "en" };

/** The e-mail to the person who asked, in their language, queued with the change that causes it. */
async function tellSender(
  tx: Tx,
  template: Extract<
    EmailTemplate,
    "changeRequestReceived" | "changeRequestApproved" | "changeRequestRefused" | "changeRequestAnswered"
  >,
  to: Recipient,
  request: { reference: string; licence: { id: string; number: string } },
) {
  await enqueueEmail(tx, {
    to: to.email,
    locale: to.locale,
    template,
    values: {
      name: to.firstName,
      url: `${portalUrl(to.locale, `/licences/${request.licence.id}`)}#changes-title`,
      reference: request.reference,
      number: request.licence.number,
    },
  });
}

/** What a change request shows to the licence's holder. */
const changeRequestFields = {
  id: true,
  reference: true,
  kind: true,
  description: true,
  status: true,
  staffReply: true,
  proposed: true,
  before: true,
  after: true,
  createdAt: true,
  handledAt: true,
  attachments: {
    where: { deletedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, originalName: true, sizeBytes: true },
  },
} satisfies Prisma.ChangeRequestSelect;

/** The change requests on a licence the actor can see (checked by the caller through getLicence). */
export function listChangeRequestsForLicence(licenceId: string) {
  return getDb().changeRequest.findMany({
    where: { licenceId },
    orderBy: { createdAt: "desc" },
    select: changeRequestFields,
  });
}

export type LicenceChangeRequest = Awaited<ReturnType<typeof listChangeRequestsForLicence>>[number];

/** The staff queue: open requests (oldest first), or decided ones (newest first). */
export type StaffQueue = "open" | "decided";

export async function listChangeRequestsForStaff(staff: SessionUser, queue: StaffQueue) {
  if (!can(staff.role, "handleChangeRequests")) return null;
  return getDb().changeRequest.findMany({
    where: queue === "open" ? { status: "open" } : { status: { not: "open" } },
    orderBy: { createdAt: queue === "open" ? "asc" : "desc" },
    take: 100,
    select: {
      id: true,
      reference: true,
      kind: true,
      status: true,
      createdAt: true,
      licence: { select: { id: true, number: true, entity: { select: { id: true, legalName: true } } } },
    },
  });
}

/** One request, the whole file for a decision: who asked, the facts now and as proposed, the attachments. */
export async function getChangeRequestForStaff(staff: SessionUser, id: string) {
  if (!can(staff.role, "handleChangeRequests") || !isUuid(id)) return null;
  const request = await getDb().changeRequest.findUnique({
    where: { id },
    select: {
      ...changeRequestFields,
      handledById: true,
      userId: true,
      licence: {
        select: {
          ...licenceFactsSelect,
          kind: true,
          entity: {
            select: { id: true, legalName: true, operatingName: true, email: true, phone: true },
          },
          premises: {
            select: {
              name: true,
              address: true,
              areas: { orderBy: { name: "asc" }, select: { id: true, name: true, capacity: true } },
              _count: { select: { licences: true } },
            },
          },
        },
      },
    },
  });
  if (!request) return null;
  const facts = currentFacts(request.licence);
  const user = await getDb().user.findUniqueOrThrow({
    where: { id: request.userId },
    select: { firstName: true, lastName: true, email: true },
  });
  return {
    ...request,
    user,
    /** The facts on file now, in the proposal's shape (null for a kind that only explains). */
    current: isApplicableKind(request.kind) ? currentFactsFor(request.kind, request.proposed, facts) : null,
    /** Other licences at the same premises, which a new address also moves. */
    sharedPremises: Math.max(0, (request.licence.premises?._count.licences ?? 1) - 1),
  };
}

export type StaffChangeRequest = NonNullable<Awaited<ReturnType<typeof getChangeRequestForStaff>>>;

export type DecisionRefusal =
  | "notFound"
  /** Decided already (by someone else, or a second click). */
  | "alreadyDecided"
  /** Approval is for the kinds that change facts on file; the others are answered. */
  | "notApplicable"
  /** Surrenders are recorded on the staff licence page. */
  | "surrender"
  /** The licence is no longer in force, or an area asked about is gone from it. */
  | "licenceChanged";

/** Rolls the approval's transaction back with a reason the caller is told. */
class DecisionRefused extends Error {
  constructor(readonly reason: DecisionRefusal) {
    super(reason);
  }
}

const decisionStatus = { approve: "approved", refuse: "refused", answer: "handled" } as const;
const decisionAudit = {
  approve: "change_request.approved",
  refuse: "change_request.refused",
  answer: "change_request.answered",
} as const;
const decisionEmail = {
  approve: "changeRequestApproved",
  refuse: "changeRequestRefused",
  answer: "changeRequestAnswered",
} as const;

/**
 * Staff decide an open request, once: approve (the change is applied in the same transaction, the
 * facts before and after are kept, the licence's history gets a line, and everything is audited),
 * refuse with reasons, or answer without change. The request is claimed with `status = open` in the
 * update itself, so of two decisions at once only the first applies; the second is "alreadyDecided".
 */
export async function decideChangeRequest(
  staff: SessionUser,
  input: z.infer<typeof decideChangeRequestSchema>,
  now = new Date(),
): Promise<Result<object, DecisionRefusal>> {
  if (!can(staff.role, "handleChangeRequests") || !isUuid(input.id)) return { ok: false, reason: "notFound" };
  const found = await getDb().changeRequest.findUnique({ where: { id: input.id }, select: { kind: true } });
  if (!found) return { ok: false, reason: "notFound" };
  if (input.decision === "approve" && found.kind === "surrender") return { ok: false, reason: "surrender" };
  if (input.decision === "approve" && !isApplicableKind(found.kind)) return { ok: false, reason: "notApplicable" };
  try {
    await getDb().$transaction(async (tx) => {
      const claimed = await tx.changeRequest.updateMany({
        where: { id: input.id, status: "open" },
        data: {
          status: decisionStatus[input.decision],
          staffReply: input.reply || null,
          handledById: staff.id,
          handledAt: now,
        },
      });
      if (claimed.count === 0) throw new DecisionRefused("alreadyDecided");
      const request = await tx.changeRequest.findUniqueOrThrow({
        where: { id: input.id },
        select: {
          id: true,
          reference: true,
          kind: true,
          proposed: true,
          userId: true,
          licence: { select: licenceFactsSelect },
        },
      });
      const sender = await tx.user.findUniqueOrThrow({
        where: { id: request.userId },
        select: { email: true, firstName: true, locale: true },
      });
      const details: Prisma.InputJsonObject = { reference: request.reference, kind: request.kind };
      if (input.decision === "approve" && isApplicableKind(request.kind)) {
        const { before, after } = await applyChange(tx, request.kind, request.proposed, request.licence);
        await tx.changeRequest.update({ where: { id: request.id }, data: { before, after } });
        await tx.licenceStatusEvent.create({
          data: {
            licenceId: request.licence.id,
            status: request.licence.status,
            reason: changeRequestReason(request.reference),
            actorId: staff.id,
            occurredAt: now,
          },
        });
        Object.assign(details, { before, after });
      }
      await tellSender(tx, decisionEmail[input.decision], sender, request);
      await audit(
        {
          actor: staff,
          action: decisionAudit[input.decision],
          subject: { type: "change_request", id: request.id },
          entityId: request.licence.entityId,
          details,
        },
        tx,
      );
    });
  } catch (error) {
    if (error instanceof DecisionRefused) return { ok: false, reason: error.reason };
    throw error;
  }
  deliverSoon();
  return { ok: true };
}

/**
 * Applies an approved proposal to the file and returns the facts before and after. Only this
 * licence's premises and areas, and its holder, are written; a licence no longer in force, or an
 * area gone since the request, rolls the whole decision back.
 */
async function applyChange(
  tx: Tx,
  kind: ApplicableKind,
  proposedJson: unknown,
  licence: LicenceFactsRow,
): Promise<{ before: Prisma.InputJsonValue; after: Prisma.InputJsonValue }> {
  if (licence.status !== "active" && licence.status !== "suspended") throw new DecisionRefused("licenceChanged");
  const current = currentFacts(licence);
  const before = currentFactsFor(kind, proposedJson, current);
  const proposed = readFacts(kind, proposedJson);
  if (!proposed || before === null) throw new DecisionRefused("licenceChanged");
  const after = await write(tx, { kind, facts: proposed } as Proposal, licence);
  return { before: before as Prisma.InputJsonValue, after: after as Prisma.InputJsonValue };
}

type Proposal = { [K in ApplicableKind]: { kind: K; facts: Facts<K> } }[ApplicableKind];

async function write(tx: Tx, proposal: Proposal, licence: LicenceFactsRow): Promise<Facts> {
  switch (proposal.kind) {
    case "address": {
      if (!licence.premisesId) throw new DecisionRefused("licenceChanged");
      await tx.premises.update({ where: { id: licence.premisesId }, data: { address: proposal.facts.address } });
      return proposal.facts;
    }
    case "operating_name":
      await tx.entity.update({
        where: { id: licence.entityId },
        data: { operatingName: proposal.facts.operatingName },
      });
      return proposal.facts;
    case "contact":
      await tx.entity.update({
        where: { id: licence.entityId },
        data: { email: proposal.facts.email, phone: proposal.facts.phone },
      });
      return proposal.facts;
    case "capacity": {
      if (!licence.premisesId) throw new DecisionRefused("licenceChanged");
      for (const area of proposal.facts.areas) {
        // Scoped to this licence's premises: an id from anywhere else changes nothing, and refuses the whole.
        const { count } = await tx.licensedArea.updateMany({
          where: { id: area.id, premisesId: licence.premisesId },
          data: { capacity: area.capacity },
        });
        if (count !== 1) throw new DecisionRefused("licenceChanged");
      }
      return proposal.facts;
    }
  }
}
