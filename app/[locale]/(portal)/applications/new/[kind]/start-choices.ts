import { z } from "zod";
import type { ApplicantRule } from "@/lib/applications/outcome";
import type { PortalKind } from "@/lib/applications/kinds/names";
import { isUuid } from "@/lib/http/ids";

/**
 * What a kind's start form and its action agree on. "Who is applying?" answers with a business the
 * account is linked to (its id), or the one other answer the kind's rule allows: a new business the
 * application will describe ("new"), or the person for themselves ("self"). A kind only individuals
 * apply for asks nothing, nor does one whose applicant is the holder of the file it quotes (a lottery
 * licence goes to the organisation whose eligibility it quotes).
 */
type StartingKind = Pick<PortalKind, "outcome" | "quotes">;

const otherChoice = { business: "new", either: "self", individual: null } as const satisfies Record<
  ApplicantRule,
  string | null
>;

export type OtherApplicantChoice = (typeof otherChoice)[ApplicantRule];

export function otherApplicantChoice(kind: StartingKind): OtherApplicantChoice {
  return kind.quotes ? null : otherChoice[kind.outcome.applicant];
}

/** "self" is refused for a kind only a business applies for, "new" for one a person may apply for. */
export function applicantSchema(kind: StartingKind) {
  const other = otherApplicantChoice(kind);
  const error = "applicationEntityRequired";
  return z.object({
    applicant:
      other === null
        ? z.undefined({ error }).optional()
        : z.string({ error }).refine((value) => value === other || isUuid(value), { error }),
  });
}

/**
 * What startApplication is told: the linked entity chosen, or none — the new business is then
 * described in the application, or the person applies for themselves. Whether the account is linked
 * to the entity is checked there.
 */
export function startOptionsFor(applicant: string | undefined): { entityId?: string } {
  return applicant !== undefined && isUuid(applicant) ? { entityId: applicant } : {};
}

/**
 * A broken rule is shown in the error summary and above the start questions, like a field's error:
 * the summary links to it by this id.
 */
const BREACH_PREFIX = "rule-";

export function breachErrorId(index: number): string {
  return `${BREACH_PREFIX}${index + 1}`;
}

export function isBreachErrorId(id: string): boolean {
  return id.startsWith(BREACH_PREFIX);
}
