/**
 * The application's life (SPEC §5.6), as one pure state machine enforced on the server:
 * Draft → Awaiting payment (none when nothing is owed) → Submitted → Under review ⇄ Information requested → Approved / Refused,
 * and Withdrawn by the applicant before a decision. Every change goes through `transition`.
 */
export const applicationStatuses = [
  "draft",
  "awaiting_payment",
  "submitted",
  "under_review",
  "information_requested",
  "approved",
  "refused",
  "withdrawn",
] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

export const applicationEvents = [
  "payFeesAndSubmit",
  "submit",
  "confirmPayment",
  "startReview",
  "requestInformation",
  "answerInformationRequest",
  "approve",
  "refuse",
  "withdraw",
  "issueOnPayment",
] as const;
export type ApplicationEvent = (typeof applicationEvents)[number];

/**
 * Who may cause an event: the applicant, staff, the payment fulfilment (webhook / sandbox), or the
 * portal itself applying a kind's rule (a permit that meets every rule is issued once paid).
 */
export type Actor = "applicant" | "staff" | "payment" | "system";

type Rule = { from: readonly ApplicationStatus[]; to: ApplicationStatus; by: readonly Actor[] };

const rules: Record<ApplicationEvent, Rule> = {
  payFeesAndSubmit: { from: ["draft"], to: "awaiting_payment", by: ["applicant"] },
  /** A kind that charges nothing for these answers (a report, an eligibility): submitted without an order. */
  submit: { from: ["draft"], to: "submitted", by: ["applicant"] },
  confirmPayment: { from: ["awaiting_payment"], to: "submitted", by: ["payment", "staff"] },
  startReview: { from: ["submitted"], to: "under_review", by: ["staff"] },
  requestInformation: { from: ["under_review"], to: "information_requested", by: ["staff"] },
  answerInformationRequest: { from: ["information_requested"], to: "under_review", by: ["applicant"] },
  approve: { from: ["under_review"], to: "approved", by: ["staff"] },
  refuse: { from: ["under_review"], to: "refused", by: ["staff"] },
  withdraw: {
    from: ["draft", "awaiting_payment", "submitted", "under_review", "information_requested"],
    to: "withdrawn",
    by: ["applicant"],
  },
  issueOnPayment: { from: ["submitted"], to: "approved", by: ["system"] },
};

/** Not yet decided: a draft, or a file on its way to a decision (one renewal or change at a time per licence). */
export const OPEN_STATUSES = [
  "draft",
  "awaiting_payment",
  "submitted",
  "under_review",
  "information_requested",
] as const satisfies readonly ApplicationStatus[];

/** Paid and waiting for, or with, an officer: the review queue. */
export const QUEUE_STATUSES = [
  "submitted",
  "under_review",
  "information_requested",
] as const satisfies readonly ApplicationStatus[];

/** The applicant may still add documents: while drafting, and when an officer asks for more. */
export const OPEN_FOR_DOCUMENTS_STATUSES = [
  "draft",
  "information_requested",
] as const satisfies readonly ApplicationStatus[];

export type Transition =
  { ok: true; to: ApplicationStatus } | { ok: false; reason: "notAllowedFromStatus" | "notAllowedForActor" };

export function transition(from: ApplicationStatus, event: ApplicationEvent, actor: Actor): Transition {
  const rule = rules[event];
  if (!rule.from.includes(from)) return { ok: false, reason: "notAllowedFromStatus" };
  if (!rule.by.includes(actor)) return { ok: false, reason: "notAllowedForActor" };
  return { ok: true, to: rule.to };
}

/** The events an actor could cause now, to show only the buttons that would work. */
export function availableEvents(from: ApplicationStatus, actor: Actor): ApplicationEvent[] {
  return applicationEvents.filter((event) => transition(from, event, actor).ok);
}

export function isDecided(status: ApplicationStatus): boolean {
  return status === "approved" || status === "refused" || status === "withdrawn";
}

/** While a draft, answers may change; after "Pay fees and submit", they are the record. */
export function isEditable(status: ApplicationStatus): boolean {
  return status === "draft";
}
