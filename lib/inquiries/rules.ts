/**
 * The rules of an inquiry ("demande de renseignements", SPEC §6), without I/O: what each message or
 * decision does to its status, how a reference reads, and when a second identical message is the
 * same click twice.
 */

export const inquirySubjects = ["remove_person", "close_account", "other"] as const;
export type InquirySubject = (typeof inquirySubjects)[number];

export const inquiryStatuses = ["open", "answered", "closed"] as const;
export type InquiryStatus = (typeof inquiryStatuses)[number];

export type InquiryEvent = "applicantMessage" | "staffReply" | "close";

/**
 * The status after an event, or null when the event is not allowed. `current` is null for an
 * inquiry being created.
 * - The applicant writes: open (waiting for customer service). A closed inquiry takes no more
 *   messages from the applicant: they start a new one, so a settled request is never reopened
 *   by a later, unrelated question.
 * - Customer service replies: answered, even on a closed inquiry (a reply after closing, e.g. to
 *   correct a mistake, reopens it for the applicant's answer).
 * - Customer service closes: closed, once.
 */
export function nextInquiryStatus(current: InquiryStatus | null, event: InquiryEvent): InquiryStatus | null {
  switch (event) {
    case "applicantMessage":
      return current === "closed" ? null : "open";
    case "staffReply":
      return current === null ? null : "answered";
    case "close":
      return current === null || current === "closed" ? null : "closed";
  }
}

export function canApplicantReply(status: InquiryStatus): boolean {
  return nextInquiryStatus(status, "applicantMessage") !== null;
}

export function canClose(status: InquiryStatus): boolean {
  return nextInquiryStatus(status, "close") !== null;
}

export const MESSAGE_MAX_LENGTH = 5000;

/** Six digits after the year: up to a million inquiries a year, each reference short enough to read on the phone. */
export const REFERENCE_SERIAL_MAX = 999_999;

/** INQ-2026-000123 */
export function formatInquiryReference(year: number, serial: number): string {
  if (!Number.isInteger(serial) || serial < 0 || serial > REFERENCE_SERIAL_MAX)
    throw new RangeError("serial out of range");
  return `INQ-${year}-${String(serial).padStart(6, "0")}`;
}

export const staffQueueFilters = ["open", "answered", "closed", "all"] as const;
export type StaffQueueFilter = (typeof staffQueueFilters)[number];

/**
 * A double click, a second tab or a browser retrying a form sends the same text twice within
 * moments: that is one message, not two (and one e-mail to the applicant, not two).
 */
export const REPEAT_WINDOW_MS = 10 * 60 * 1000;

export function isRepeatedMessage(
  previous: { authorId: string; body: string; createdAt: Date } | null | undefined,
  next: { authorId: string; body: string },
  now: Date,
): boolean {
  if (!previous) return false;
  return (
    previous.authorId === next.authorId &&
    previous.body === next.body &&
    now.getTime() - previous.createdAt.getTime() < REPEAT_WINDOW_MS
  );
}
