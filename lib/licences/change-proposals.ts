import { z } from "zod";
import { emailField, phoneField } from "@/lib/accounts/schemas";
import { addressParts, addressSchema } from "@/lib/forms/address";
import { isUuid } from "@/lib/http/ids";

/**
 * What a change request asks for, kind by kind (pure: shared by the form in the browser, the
 * server action and the approval). Each kind has its own questions; every kind also takes an
 * explanation. The proposal is stored as `ChangeRequest.proposed`, in the kind's own shape, and
 * approval writes the same shape as `before` and `after`.
 */

/** The kinds a licence holder asks for on /licences/{id}/change (a surrender is recorded by staff elsewhere). */
export const requestableKinds = ["address", "operating_name", "contact", "capacity", "licensed_area", "other"] as const;
export type RequestableKind = (typeof requestableKinds)[number];

/** The kinds whose approval changes the facts on file; the others are answered or refused. */
export const applicableKinds = ["address", "operating_name", "contact", "capacity"] as const;
export type ApplicableKind = (typeof applicableKinds)[number];

export function isRequestableKind(value: unknown): value is RequestableKind {
  return requestableKinds.some((kind) => kind === value);
}

export function isApplicableKind(value: unknown): value is ApplicableKind {
  return applicableKinds.some((kind) => kind === value);
}

/** The most areas one request may change: more than any premises has. */
export const MAX_AREAS_PER_REQUEST = 50;
/** A licensed area's capacity, in people. */
export const MAX_CAPACITY = 100_000;
export const MAX_OPERATING_NAME_LENGTH = 120;

/** Control and invisible formatting characters (bidirectional overrides, zero-width): never in a name on file. */
const INVISIBLE_OR_CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

const explanation = z
  .string({ error: "changeDescriptionRequired" })
  .trim()
  .min(10, { error: "changeDescriptionRequired" })
  .max(5000, { error: "textTooLong" });

// ---------------------------------------------------------------------------------------------------
// The facts, as proposed and as kept before and after approval

/** "k1a0b1" → "K1A 0B1": the way Canada Post prints it. */
export function normalizePostalCode(value: string): string {
  const compact = value.replace(/\s+/g, "").toUpperCase();
  return `${compact.slice(0, 3)} ${compact.slice(3)}`;
}

/** A premises' address as stored (see prisma/seed and printed-address.ts): the engine's address, in Canada. */
export const addressFactsSchema = z.object({
  line1: z.string().max(200),
  line2: z.string().max(200).optional(),
  city: z.string().max(100),
  province: z.string().max(2),
  postalCode: z.string().max(7),
  country: z.literal("CA"),
});
export type AddressFacts = z.infer<typeof addressFactsSchema>;

export const factsSchemas = {
  address: z.object({ address: addressFactsSchema }),
  operating_name: z.object({ operatingName: z.string().max(MAX_OPERATING_NAME_LENGTH).nullable() }),
  contact: z.object({ email: z.string().max(254).nullable(), phone: z.string().max(30).nullable() }),
  capacity: z.object({
    areas: z
      .array(z.object({ id: z.uuid(), name: z.string().max(200), capacity: z.number().int().min(0) }))
      .min(1)
      .max(MAX_AREAS_PER_REQUEST),
  }),
} as const satisfies Record<ApplicableKind, z.ZodType>;

export type Facts<K extends ApplicableKind = ApplicableKind> = z.infer<(typeof factsSchemas)[K]>;

/** Stored facts read back defensively (any JSON may be in the column): null when they are not the kind's shape. */
export function readFacts<K extends ApplicableKind>(kind: K, value: unknown): Facts<K> | null {
  const parsed = factsSchemas[kind].safeParse(value);
  return parsed.success ? (parsed.data as Facts<K>) : null;
}

// ---------------------------------------------------------------------------------------------------
// The forms

/**
 * What the form of one kind sends, as formDataToObject reads it: the explanation, and the kind's
 * own fields — `address.line1`… (the application engine's address control), `operatingName`,
 * `email` and `phone`, or one `capacity-<areaId>` box per licensed area (blank: unchanged).
 */
export type ChangeForm = Record<string, unknown>;

/** A parsed form: the explanation and the proposal (null for a kind that only explains). */
export type ParsedChange = { description: string; proposed: ProposedChange | null };

/** A proposal as asked: capacity areas carry only their id and the new number; the server adds their names. */
export type ProposedChange =
  | { kind: "address"; address: AddressFacts }
  | { kind: "operating_name"; operatingName: string }
  | { kind: "contact"; email: string; phone: string }
  | { kind: "capacity"; areas: { id: string; capacity: number }[] };

/** One field read with its schema; its first issue goes on the form under the field's name. */
function readerFor(values: Record<string, unknown>, context: z.RefinementCtx) {
  return <T>(name: string, schema: z.ZodType<T>): T | undefined => {
    const parsed = schema.safeParse(values[name]);
    if (parsed.success) return parsed.data;
    context.addIssue({ code: "custom", path: [name], message: parsed.error.issues[0]?.message ?? "textTooLong" });
    return undefined;
  };
}

/** The address boxes: the engine's schema, one message per box in the order they are asked. */
function readAddress(value: unknown, context: z.RefinementCtx): AddressFacts | undefined {
  const parsed = addressSchema.safeParse(typeof value === "object" && value !== null ? value : {});
  if (!parsed.success) {
    const parts = new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? "line1")));
    for (const part of addressParts)
      if (parts.has(part))
        context.addIssue({ code: "custom", path: [`address.${part}`], message: `ChangeRequestPage.errors.${part}` });
    return undefined;
  }
  const { line1, line2, city, province, postalCode } = parsed.data;
  return {
    line1,
    ...(line2 ? { line2 } : {}),
    city,
    province,
    postalCode: normalizePostalCode(postalCode),
    country: "CA",
  };
}

const operatingName = z
  .string({ error: "ChangeRequestPage.errors.operatingName" })
  .trim()
  .min(1, { error: "ChangeRequestPage.errors.operatingName" })
  .max(MAX_OPERATING_NAME_LENGTH, { error: "textTooLong" })
  .refine((value) => !INVISIBLE_OR_CONTROL.test(value), { error: "ChangeRequestPage.errors.operatingNameCharacters" });

const CAPACITY_FIELD = /^capacity-(.+)$/;

/** The `capacity-<areaId>` boxes that were filled in, with the number each says; a blank box is "unchanged". */
function readCapacities(values: Record<string, unknown>, context: z.RefinementCtx) {
  const areas: { id: string; capacity: number }[] = [];
  let failed = false;
  for (const [name, raw] of Object.entries(values)) {
    const id = CAPACITY_FIELD.exec(name)?.[1];
    if (id === undefined || typeof raw !== "string" || raw.trim() === "") continue;
    // "1 200" as French writes it, with an ordinary or a narrow no-break space.
    const typed = raw.trim().replace(/[\s\u00a0\u202f]/g, "");
    const capacity = /^\d{1,6}$/.test(typed) ? Number(typed) : NaN;
    if (!isUuid(id) || !(capacity >= 1 && capacity <= MAX_CAPACITY)) {
      failed = true;
      context.addIssue({ code: "custom", path: [name], message: "ChangeRequestPage.errors.capacityNumber" });
    } else areas.push({ id: id.toLowerCase(), capacity });
  }
  if (!failed && areas.length === 0)
    context.addIssue({ code: "custom", path: ["capacity"], message: "ChangeRequestPage.errors.capacityNone" });
  else if (areas.length > MAX_AREAS_PER_REQUEST)
    context.addIssue({ code: "custom", path: ["capacity"], message: "ChangeRequestPage.errors.capacityTooMany" });
  return failed || areas.length === 0 || areas.length > MAX_AREAS_PER_REQUEST ? undefined : areas;
}

/** The proposal of a kind read from its form, or undefined when a field is wrong (its issue is on the form). */
function readProposal(
  kind: RequestableKind,
  values: Record<string, unknown>,
  context: z.RefinementCtx,
): ProposedChange | null | undefined {
  const read = readerFor(values, context);
  switch (kind) {
    case "address": {
      const address = readAddress(values.address, context);
      return address && { kind, address };
    }
    case "operating_name": {
      const name = read("operatingName", operatingName);
      return name === undefined ? undefined : { kind, operatingName: name };
    }
    case "contact": {
      const email = read("email", emailField);
      const phone = read("phone", phoneField);
      return email === undefined || phone === undefined ? undefined : { kind, email, phone };
    }
    case "capacity": {
      const areas = readCapacities(values, context);
      return areas && { kind, areas };
    }
    case "licensed_area":
    case "other":
      return null;
  }
}

/**
 * The schema of one kind's form (shared by the browser's instant check and the server action).
 * Every field is checked, so the error summary lists all that is wrong at once. Errors are keys of
 * `Validation` or "ChangeRequestPage.errors.*"; an address part's is keyed by its box
 * ("address.postalCode"), so the summary links to it. Unknown fields are ignored.
 */
export function changeFormSchema(kind: RequestableKind): z.ZodType<ParsedChange, ChangeForm> {
  return z.record(z.string(), z.unknown()).transform((values, context) => {
    const description = readerFor(values, context)("description", explanation);
    const proposed = readProposal(kind, values, context);
    if (description === undefined || proposed === undefined) return z.NEVER;
    return { description, proposed };
  });
}

// ---------------------------------------------------------------------------------------------------
// Which kinds a licence offers, and the facts each kind is about

/** What a licence has that a change can be about: premises to move, areas whose capacity can change. */
export type LicenceShape = { hasPremises: boolean; areaIds: readonly string[] };

/** The kinds this licence can be asked about: no address or area without premises, no capacity without areas. */
export function offeredKinds(licence: LicenceShape): RequestableKind[] {
  return requestableKinds.filter((kind) => {
    if (kind === "address" || kind === "licensed_area") return licence.hasPremises;
    if (kind === "capacity") return licence.areaIds.length > 0;
    return true;
  });
}

/** The facts on file a kind reads: the premises' address and areas, the holder's names and contact. */
export type CurrentFacts = {
  premisesAddress: unknown;
  areas: readonly { id: string; name: string; capacity: number }[];
  operatingName: string | null;
  email: string | null;
  phone: string | null;
};

/**
 * The proposal as stored: the kind's facts, with each area named as it is on file (the form sends
 * only ids, which are checked here). Null when an area is not one of this licence's.
 */
export function proposalFacts(proposed: ProposedChange, current: CurrentFacts): Facts | null {
  switch (proposed.kind) {
    case "address":
      return { address: proposed.address };
    case "operating_name":
      return { operatingName: proposed.operatingName };
    case "contact":
      return { email: proposed.email, phone: proposed.phone };
    case "capacity": {
      const onLicence = new Map(current.areas.map((area) => [area.id, area]));
      const areas = [];
      for (const { id, capacity } of proposed.areas) {
        const area = onLicence.get(id);
        if (!area) return null;
        areas.push({ id, name: area.name, capacity });
      }
      return { areas };
    }
  }
}

/** The same facts as they stand on file now (for a capacity, the areas the proposal names); null if one is gone. */
export function currentFactsFor(kind: ApplicableKind, proposed: unknown, current: CurrentFacts): unknown {
  switch (kind) {
    case "address":
      return { address: current.premisesAddress };
    case "operating_name":
      return { operatingName: current.operatingName };
    case "contact":
      return { email: current.email, phone: current.phone };
    case "capacity": {
      const asked = readFacts("capacity", proposed)?.areas ?? [];
      const onLicence = new Map(current.areas.map((area) => [area.id, area]));
      const areas = asked.map((area) => onLicence.get(area.id));
      return areas.every((area) => area !== undefined)
        ? { areas: areas.map((area) => ({ id: area.id, name: area.name, capacity: area.capacity })) }
        : null;
    }
  }
}

/** One line of facts to show: a field's label key (or an area's name) and its value. */
export type FactRow =
  | { field: "address" | "operatingName" | "email" | "phone"; value: string | null }
  | { field: "area"; name: string; value: number };

const looseAddress = z
  .object({ line1: z.string(), line2: z.string(), city: z.string(), province: z.string(), postalCode: z.string() })
  .partial();

/** An address on one line, read defensively (older rows may lack a part). */
export function addressText(value: unknown): string | null {
  const parsed = looseAddress.safeParse(value);
  if (!parsed.success) return null;
  const { line1, line2, city, province, postalCode } = parsed.data;
  const text = [line1, line2, city, province, postalCode].filter((part) => part?.trim()).join(", ");
  return text || null;
}

/** Facts (proposed, before or after) as rows to show; unreadable facts show nothing rather than fail the page. */
export function factRows(kind: string, facts: unknown): FactRow[] {
  if (!isApplicableKind(kind) || typeof facts !== "object" || facts === null) return [];
  const record = facts as Record<string, unknown>;
  const textOrNull = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);
  switch (kind) {
    case "address":
      return [{ field: "address", value: addressText(record.address) }];
    case "operating_name":
      return [{ field: "operatingName", value: textOrNull(record.operatingName) }];
    case "contact":
      return [
        { field: "email", value: textOrNull(record.email) },
        { field: "phone", value: textOrNull(record.phone) },
      ];
    case "capacity": {
      const areas = factsSchemas.capacity.shape.areas.safeParse(record.areas);
      return areas.success
        ? areas.data.map((area) => ({ field: "area" as const, name: area.name, value: area.capacity }))
        : [];
    }
  }
}
