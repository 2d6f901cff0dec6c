import "server-only";
import { randomInt } from "node:crypto";
import { Prisma } from "@/lib/db/generated/client";
import type { EntityPersonRole, EntityRelationship, EntityType, LicenceKind } from "@/lib/db/generated/client";
import { EntityType as EntityTypes } from "@/lib/db/generated/enums";
import type { SessionUser } from "@/lib/auth/session";
import { audit } from "@/lib/audit";
import { activeLinkWhere } from "@/lib/access-codes/account-links";
import { addYears, commissionToday, isoDateToUtc, utcToIsoDate, type IsoDate } from "@/lib/time/commission-date";
import { birthdayIn } from "@/lib/time/birthday";
import type { PortalKind } from "./kinds/names";
import { applicationReason, type ApplicationReason } from "@/lib/licences/history-reasons";
import { ownerRoles, peopleChanges } from "./people";
import { quotedBusinessNumber, type SavedAnswers } from "./engine";
import { quotedFile } from "./quoted-file";
import {
  lastDayOf,
  type ApprovalEffect,
  type CertificateDetail,
  type DisclosedPeople,
  type ExistingArea,
  type IssuedRecord,
  type LicenceFacts,
  type RuleContext,
} from "./outcome";

/**
 * Carrying out what a kind's declaration describes (lib/applications/outcome.ts): the applicant's
 * entity or person record at submission, and at approval the licence issued, extended, amended or
 * transferred. Runs inside the status change's transaction; names no kind.
 */

type By = Pick<SessionUser, "id" | "role"> | null;

/** The types a business may have on file: any but a person's own record. */
const businessTypes: ReadonlySet<string> = new Set<EntityType>(
  Object.values(EntityTypes).filter((type) => type !== "individual"),
);

/**
 * The entity on file with the business number the answers quote, and whether the account holds an
 * active link to it (by an access code, or as the submitter of the application that created it).
 */
export async function entityOnFile(
  db: Prisma.TransactionClient,
  kind: PortalKind,
  userId: string,
  answers: SavedAnswers,
): Promise<{ id: string; linked: boolean } | null> {
  const businessNumber = quotedBusinessNumber(kind, answers);
  if (!businessNumber) return null;
  const entity = await db.entity.findUnique({ where: { businessNumber }, select: { id: true } });
  if (!entity) return null;
  const links = await db.accountLink.count({ where: { ...activeLinkWhere(userId), entityId: entity.id } });
  return { id: entity.id, linked: links > 0 };
}

/**
 * A submitted application gets its applicant on file, as its kind describes them:
 * - a person applying for themselves gets their own record (one per account, reused), linked to
 *   their account: their permits then appear on their main menu like a business's licences;
 * - a new business gets its entity from the answers, and the account that submitted it — owner,
 *   agent or representative — is linked to it while the application is processed (SPEC §4). A
 *   business number already on file is attached only when the account already holds an active link
 *   to that entity; otherwise the application stays without one and approval refuses to issue.
 * An application already tied to an entity (one started from a licence or for a linked business) is left alone.
 */
export async function attachApplicant(
  tx: Prisma.TransactionClient,
  kind: PortalKind,
  applicationId: string,
  actor: By,
): Promise<void> {
  const application = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { id: true, entityId: true, userId: true, answers: true },
  });
  if (application.entityId) return;
  const answers = (application.answers ?? {}) as SavedAnswers;
  // A file that quotes another (a lottery licence, its eligibility) is its holder's, once there is one.
  const quoted = await quotedFile(tx, kind, application.userId, answers);
  if (quoted && quoted.type !== "unknown" && quoted.holderId) {
    await tx.application.update({ where: { id: application.id }, data: { entityId: quoted.holderId } });
    return;
  }
  const record = kind.outcome.applicantRecord?.(answers);
  if (!record) return;
  const subject = { type: "application", id: application.id };
  if (record.type === "individual") {
    const entityId = await ownRecord(tx, application.userId, actor, subject);
    await tx.application.update({ where: { id: application.id }, data: { entityId } });
    return;
  }
  const existing = await entityOnFile(tx, kind, application.userId, answers);
  if (existing?.linked) {
    await tx.application.update({ where: { id: application.id }, data: { entityId: existing.id } });
    return;
  }
  if (existing) {
    await audit(
      {
        actor,
        action: "application.business_on_file_not_linked",
        subject,
        entityId: existing.id,
        details: { userId: application.userId },
      },
      tx,
    );
    return;
  }
  const { business } = record;
  const entity = await tx.entity.create({
    data: {
      legalName: business.legalName,
      operatingName: business.operatingName,
      type: businessTypes.has(business.entityType) ? (business.entityType as EntityType) : "other",
      businessNumber: quotedBusinessNumber(kind, answers),
      email: business.email,
      phone: business.phone,
      mailingAddress: (business.mailingAddress ?? undefined) as Prisma.InputJsonValue | undefined,
      physicalAddress: (business.physicalAddress ?? undefined) as Prisma.InputJsonValue | undefined,
    },
    select: { id: true },
  });
  await tx.application.update({ where: { id: application.id }, data: { entityId: entity.id } });
  await tx.accountLink.create({
    data: { userId: application.userId, entityId: entity.id, via: "agent_application", applicationId: application.id },
  });
  await audit({ actor, action: "entity.created_from_application", subject, entityId: entity.id }, tx);
  await audit(
    {
      actor,
      action: "account_link.agent_linked",
      subject,
      entityId: entity.id,
      details: { userId: application.userId },
    },
    tx,
  );
}

/** The account holder's own record, created the first time they apply for themselves. */
async function ownRecord(
  tx: Prisma.TransactionClient,
  userId: string,
  actor: By,
  subject: { type: string; id: string },
): Promise<string> {
  const existing = await tx.entity.findUnique({ where: { personUserId: userId }, select: { id: true } });
  if (existing) return existing.id;
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { firstName: true, lastName: true, email: true, phone: true },
  });
  const entity = await tx.entity.create({
    data: {
      legalName: `${user.firstName} ${user.lastName}`.trim(),
      type: "individual",
      personUserId: userId,
      email: user.email,
      phone: user.phone,
    },
    select: { id: true },
  });
  await tx.accountLink.create({ data: { userId, entityId: entity.id, via: "self" } });
  await audit({ actor, action: "entity.created_from_application", subject, entityId: entity.id }, tx);
  return entity.id;
}

/**
 * A decided or withdrawn application ends the link it gave its submitter (SPEC §4: an agent or
 * representative is linked while the application is processed). A submitter who is one of the
 * owners it disclosed, now on file with the e-mail address of their account, keeps it: they hold
 * the licence they applied for.
 */
export async function endAgentLinks(
  tx: Prisma.TransactionClient,
  applicationId: string,
  actor: By,
  now: Date,
  decision: "approved" | "refused" | "withdrawn",
): Promise<void> {
  const links = await tx.accountLink.findMany({
    where: { applicationId, via: "agent_application", revokedAt: null },
    select: { id: true, entityId: true, user: { select: { email: true } } },
  });
  for (const link of links) {
    const subject = { type: "account_link", id: link.id };
    if (decision === "approved" && (await isOwnerOnFile(tx, link.entityId, link.user.email))) {
      await tx.accountLink.update({ where: { id: link.id }, data: { via: "person_on_file" } });
      await audit({ actor, action: "account_link.kept_as_person_on_file", subject, entityId: link.entityId }, tx);
      continue;
    }
    await tx.accountLink.update({ where: { id: link.id }, data: { revokedAt: now, revokedById: actor?.id ?? null } });
    await audit(
      {
        actor,
        action: "account_link.revoked",
        subject,
        entityId: link.entityId,
        details: { reason: "application_decided" },
      },
      tx,
    );
  }
}

async function isOwnerOnFile(tx: Prisma.TransactionClient, entityId: string, email: string): Promise<boolean> {
  const owners = await tx.entityPerson.count({
    where: {
      entityId,
      removedAt: null,
      role: { in: ownerRoles as EntityPersonRole[] },
      email: { equals: email, mode: "insensitive" },
    },
  });
  return owners > 0;
}

/** The licence an application is on, as a kind's rules read it; null when there is none. */
export async function licenceFacts(
  db: Prisma.TransactionClient,
  licenceId: string | null,
): Promise<LicenceFacts | null> {
  if (!licenceId) return null;
  const licence = await db.licence.findUnique({
    where: { id: licenceId },
    select: {
      id: true,
      kind: true,
      number: true,
      status: true,
      expiresOn: true,
      termYears: true,
      details: true,
      premises: { select: { areas: { select: { id: true, name: true, indoor: true, floor: true, capacity: true } } } },
    },
  });
  if (!licence) return null;
  return {
    id: licence.id,
    kind: licence.kind,
    number: licence.number,
    status: licence.status,
    expiresOn: utcToIsoDate(licence.expiresOn),
    termYears: licence.termYears,
    areas: licence.premises?.areas ?? [],
    details: (licence.details ?? null) as CertificateDetail[] | null,
  };
}

export type ApprovalFailure = "renewalTooLate" | "notFound" | "businessNotLinked" | "licenceNotTransferable";
export type Approved = { ok: true; licenceId: string } | { ok: false; reason: ApprovalFailure };

export type ApprovedApplication = {
  id: string;
  fileNumber: string;
  userId: string;
  answers: SavedAnswers;
  entityId: string | null;
  licenceId: string | null;
};

/**
 * Approval, as the kind describes it: checked first, then written, so a refusal writes nothing.
 * The people the application disclosed then go on (or off) the file of the licence's holder.
 */
export async function carryOutApproval(
  tx: Prisma.TransactionClient,
  kind: PortalKind,
  application: ApprovedApplication,
  context: RuleContext,
  actor: By,
  now: Date,
): Promise<Approved> {
  const effect: ApprovalEffect = kind.outcome.approval(application.answers, context);
  const approved = await carryOutEffect(tx, kind, application, context.licence, effect, actor, now);
  if (approved.ok && kind.outcome.people) {
    const { entityId } = await tx.licence.findUniqueOrThrow({
      where: { id: approved.licenceId },
      select: { entityId: true },
    });
    await putPeopleOnFile(
      tx,
      entityId,
      kind.outcome.people(application.answers),
      { application, reason: applicationReason(effectReasons[effect.type], application.fileNumber) },
      actor,
      now,
    );
  }
  return approved;
}

/** How each effect reads on the holder's file ("put on file by renewal LSL-R-…"). */
const effectReasons: Record<ApprovalEffect["type"], ApplicationReason> = {
  issue: "issued",
  extend: "renewed",
  amend: "changed",
  transfer: "transferred",
  record: "changed",
};

async function carryOutEffect(
  tx: Prisma.TransactionClient,
  kind: PortalKind,
  application: ApprovedApplication,
  licence: LicenceFacts | null,
  effect: ApprovalEffect,
  actor: By,
  now: Date,
): Promise<Approved> {
  switch (effect.type) {
    case "issue":
      return issue(tx, kind, application, effect.issued, actor, now);
    case "extend":
      return extend(tx, application, licence, effect, now);
    case "amend":
      return amend(tx, application, licence, effect, now);
    case "transfer":
      return transfer(tx, kind, application, licence, actor, now);
    case "record":
      return application.licenceId ? { ok: true, licenceId: application.licenceId } : { ok: false, reason: "notFound" };
  }
}

/**
 * The holder's people as an approved application disclosed them: those listed join the file, those
 * it no longer lists (in the roles it reviews) leave it, each with the reason; nobody is deleted, so
 * the file keeps its history. Audited with the counts.
 */
async function putPeopleOnFile(
  tx: Prisma.TransactionClient,
  entityId: string,
  disclosed: DisclosedPeople,
  source: { application: ApprovedApplication; reason: string },
  actor: By,
  now: Date,
): Promise<void> {
  const onFile = await tx.entityPerson.findMany({
    where: { entityId, removedAt: null },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      role: true,
      shareBasisPoints: true,
      organisationName: true,
      relationship: true,
    },
  });
  const changes = peopleChanges(onFile, disclosed);
  await tx.entityPerson.createMany({
    data: changes.join.map((person) => ({
      entityId,
      firstName: person.firstName,
      lastName: person.lastName,
      email: person.email,
      role: person.role as EntityPersonRole,
      shareBasisPoints: person.shareBasisPoints,
      organisationName: person.organisationName ?? null,
      relationship: (person.relationship ?? null) as EntityRelationship | null,
      applicationId: source.application.id,
      addReason: source.reason,
      createdAt: now,
    })),
  });
  if (changes.leave.length > 0)
    await tx.entityPerson.updateMany({
      where: { id: { in: changes.leave.map((person) => person.id) }, removedAt: null },
      data: { removedAt: now, endReason: source.reason },
    });
  for (const { id, relationship, ...facts } of changes.update)
    await tx.entityPerson.update({
      where: { id },
      data: {
        ...facts,
        ...(relationship === undefined ? {} : { relationship: relationship as EntityRelationship | null }),
      },
    });
  if (changes.join.length + changes.leave.length + changes.update.length === 0) return;
  await audit(
    {
      actor,
      action: "entity.people_updated",
      subject: { type: "application", id: source.application.id },
      entityId,
      details: { joined: changes.join.length, left: changes.leave.length, updated: changes.update.length },
    },
    tx,
  );
}

/** "LSL-2026-048213": the prefix, the year, six digits; drawn again if taken. */
async function freeLicenceNumber(tx: Prisma.TransactionClient, prefix: string, year: number): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const number = `${prefix}-${year}-${String(randomInt(0, 1_000_000)).padStart(6, "0")}`;
    if ((await tx.licence.count({ where: { number } })) === 0) return number;
  }
  throw new Error("Could not find a free licence number");
}

/**
 * The entity the applicant may receive a licence for: one the account is linked to, or that this
 * application created. A business on file the applicant has no link to gets nothing through them.
 */
async function entitledEntity(
  tx: Prisma.TransactionClient,
  kind: PortalKind,
  application: ApprovedApplication,
  actor: By,
): Promise<string | null> {
  await attachApplicant(tx, kind, application.id, actor);
  const { entityId } = await tx.application.findUniqueOrThrow({
    where: { id: application.id },
    select: { entityId: true },
  });
  if (!entityId) return null;
  const entitled = await tx.accountLink.count({
    where: {
      entityId,
      OR: [
        { userId: application.userId, revokedAt: null },
        { applicationId: application.id, via: "agent_application" },
      ],
    },
  });
  return entitled > 0 ? entityId : null;
}

async function issue(
  tx: Prisma.TransactionClient,
  kind: PortalKind,
  application: ApprovedApplication,
  issued: IssuedRecord,
  actor: By,
  now: Date,
): Promise<Approved> {
  const entityId = await entitledEntity(tx, kind, application, actor);
  if (!entityId) return { ok: false, reason: "businessNotLinked" };
  const premises = issued.premises
    ? await tx.premises.create({
        data: {
          entityId,
          name: issued.premises.name,
          address: (issued.premises.address ?? {}) as Prisma.InputJsonValue,
          areas: { create: issued.premises.areas },
        },
        select: { id: true },
      })
    : null;
  const today = commissionToday(now);
  const validity = issued.validity;
  const licence = await tx.licence.create({
    data: {
      number: await freeLicenceNumber(tx, issued.numberPrefix, now.getUTCFullYear()),
      kind: issued.licenceKind as LicenceKind,
      entityId,
      premisesId: premises?.id ?? null,
      // A licence ending on a birthday runs about a year, and renews like one; a permit has no term.
      termYears: validity.type === "term" ? validity.years : validity.type === "birthday" ? 1 : null,
      details: (issued.details ?? undefined) as Prisma.InputJsonValue | undefined,
      issuedOn: isoDateToUtc(today),
      expiresOn: isoDateToUtc(lastDayOf(validity, today)),
      statusEvents: {
        create: { status: "active", reason: applicationReason("issued", application.fileNumber), occurredAt: now },
      },
    },
    select: { id: true },
  });
  return { ok: true, licenceId: licence.id };
}

/**
 * A renewal extends the licence by the chosen term from its previous expiry date — it was paid on
 * time, so the licence stayed active while it was reviewed. A licence that ends on its holder's
 * birthday ends on the birthday of that year (29 February comes back in leap years).
 */
async function extend(
  tx: Prisma.TransactionClient,
  application: ApprovedApplication,
  licence: LicenceFacts | null,
  { years, dateOfBirth }: { years: number; dateOfBirth?: IsoDate },
  now: Date,
): Promise<Approved> {
  if (!licence) return { ok: false, reason: "notFound" };
  if (licence.status !== "active") return { ok: false, reason: "renewalTooLate" };
  const year = Number(licence.expiresOn.slice(0, 4)) + years;
  await tx.licence.update({
    where: { id: licence.id },
    data: {
      expiresOn: isoDateToUtc(dateOfBirth ? birthdayIn(year, dateOfBirth) : addYears(licence.expiresOn, years)),
      termYears: years,
      statusEvents: {
        create: { status: "active", reason: applicationReason("renewed", application.fileNumber), occurredAt: now },
      },
    },
  });
  return { ok: true, licenceId: licence.id };
}

/**
 * Whether the licence changed hands after this application was started: a change asked for by the
 * former holder, or a second buyer's transfer, is then no longer theirs to have approved.
 */
async function transferredSince(tx: Prisma.TransactionClient, licenceId: string, applicationId: string) {
  const { createdAt } = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { createdAt: true },
  });
  const transfers = await tx.licenceAmendment.count({
    where: { licenceId, type: "transfer", occurredAt: { gte: createdAt } },
  });
  return transfers > 0;
}

/**
 * The premises go with the licence. When another licence is at the same premises, the buyer gets
 * a copy with its areas instead, so that other licence keeps its own.
 */
async function handOverPremises(tx: Prisma.TransactionClient, licenceId: string, premisesId: string, buyer: string) {
  const shared = await tx.licence.count({ where: { premisesId, id: { not: licenceId } } });
  if (shared === 0) {
    await tx.premises.update({ where: { id: premisesId }, data: { entityId: buyer } });
    return;
  }
  const premises = await tx.premises.findUniqueOrThrow({
    where: { id: premisesId },
    select: { name: true, address: true, areas: { select: { name: true, indoor: true, floor: true, capacity: true } } },
  });
  const copy = await tx.premises.create({
    data: {
      entityId: buyer,
      name: premises.name,
      address: premises.address as Prisma.InputJsonValue,
      areas: { create: premises.areas },
    },
    select: { id: true },
  });
  await tx.licence.update({ where: { id: licenceId }, data: { premisesId: copy.id } });
}

/** A change: the areas, printed details or last day as approved, with the before and after kept. */
async function amend(
  tx: Prisma.TransactionClient,
  application: ApprovedApplication,
  licence: LicenceFacts | null,
  effect: Extract<ApprovalEffect, { type: "amend" }>,
  now: Date,
): Promise<Approved> {
  if (!licence || licence.status !== "active") return { ok: false, reason: "licenceNotTransferable" };
  if (await transferredSince(tx, licence.id, application.id)) return { ok: false, reason: "licenceNotTransferable" };
  const row = await tx.licence.findUniqueOrThrow({ where: { id: licence.id }, select: { premisesId: true } });
  const onLicence = new Set(licence.areas.map((area) => area.id));
  const areas = effect.areas;
  if (areas) {
    if (!row.premisesId) return { ok: false, reason: "notFound" };
    const premisesId = row.premisesId;
    // Only this licence's areas can be changed or removed, whatever ids the answers carry.
    const updates = areas.update.filter((area) => onLicence.has(area.id));
    const removals = areas.remove.filter((id) => onLicence.has(id));
    await tx.licensedArea.deleteMany({ where: { id: { in: removals }, premisesId } });
    for (const { id, ...area } of updates) await tx.licensedArea.update({ where: { id }, data: area });
    if (areas.add.length > 0)
      await tx.licensedArea.createMany({ data: areas.add.map((area) => ({ ...area, premisesId })) });
  }
  const after = await licenceFacts(tx, licence.id);
  await tx.licence.update({
    where: { id: licence.id },
    data: {
      ...(effect.details ? { details: effect.details as Prisma.InputJsonValue } : {}),
      ...(effect.lastDay ? { expiresOn: isoDateToUtc(effect.lastDay) } : {}),
      statusEvents: {
        create: { status: "active", reason: applicationReason("changed", application.fileNumber), occurredAt: now },
      },
    },
  });
  await tx.licenceAmendment.create({
    data: {
      licenceId: licence.id,
      applicationId: application.id,
      type: "change",
      before: snapshot(licence),
      after: snapshot({
        ...licence,
        areas: after?.areas ?? [],
        details: effect.details ?? licence.details,
        expiresOn: effect.lastDay ?? licence.expiresOn,
      }),
      occurredAt: now,
    },
  });
  return { ok: true, licenceId: licence.id };
}

function snapshot(licence: LicenceFacts): Prisma.InputJsonValue {
  const byName = (a: ExistingArea, b: ExistingArea) => a.name.localeCompare(b.name);
  return {
    expiresOn: licence.expiresOn,
    areas: [...licence.areas]
      .sort(byName)
      .map(({ name, indoor, floor, capacity }) => ({ name, indoor, floor, capacity })),
    details: (licence.details ?? null) as Prisma.InputJsonValue,
  } as Prisma.InputJsonValue;
}

/**
 * A transfer moves the licence, its premises and number to the buyer's entity: the seller's
 * accounts no longer reach it (access follows the entity), and the number's history stays whole.
 */
async function transfer(
  tx: Prisma.TransactionClient,
  kind: PortalKind,
  application: ApprovedApplication,
  licence: LicenceFacts | null,
  actor: By,
  now: Date,
): Promise<Approved> {
  if (!licence || licence.status !== "active" || (await transferredSince(tx, licence.id, application.id)))
    return { ok: false, reason: "licenceNotTransferable" };
  const buyer = await entitledEntity(tx, kind, application, actor);
  if (!buyer) return { ok: false, reason: "businessNotLinked" };
  const current = await tx.licence.findUniqueOrThrow({
    where: { id: licence.id },
    select: { entityId: true, premisesId: true, entity: { select: { legalName: true } } },
  });
  if (current.entityId === buyer) return { ok: false, reason: "licenceNotTransferable" };
  const buyerName = await tx.entity.findUniqueOrThrow({ where: { id: buyer }, select: { legalName: true } });
  await tx.licence.update({
    where: { id: licence.id },
    data: {
      entityId: buyer,
      statusEvents: {
        create: { status: "active", reason: applicationReason("transferred", application.fileNumber), occurredAt: now },
      },
    },
  });
  if (current.premisesId) await handOverPremises(tx, licence.id, current.premisesId, buyer);
  await tx.licenceAmendment.create({
    data: {
      licenceId: licence.id,
      applicationId: application.id,
      type: "transfer",
      before: { holder: current.entity.legalName, entityId: current.entityId },
      after: { holder: buyerName.legalName, entityId: buyer },
      occurredAt: now,
    },
  });
  await audit(
    {
      actor,
      action: "licence.transferred",
      subject: { type: "licence", id: licence.id },
      entityId: buyer,
      details: { from: current.entityId, applicationId: application.id },
    },
    tx,
  );
  return { ok: true, licenceId: licence.id };
}
