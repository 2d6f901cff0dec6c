/**
 * Why a licence's status event happened, as stored on the event (`LicenceStatusEvent.reason`) and
 * read back for its history: a job's reason, or the application that issued, renewed, changed or
 * transferred it. One format, written and read here.
 */

/** A licence not renewed by its expiry date. */
export const EXPIRY_REASON = "Not renewed by the expiry date";
/** What has no term and is never renewed (a permit): its last day has passed. */
export const ENDED_REASON = "Last day passed";
/** A suspension whose last day has passed: the daily job put the licence back in force. */
export const SUSPENSION_ENDED_REASON = "Suspension's last day passed";

export const applicationReasons = ["issued", "renewed", "changed", "transferred"] as const;
export type ApplicationReason = (typeof applicationReasons)[number];

/** "issued:LSL-N-2026-4K7M2Q": what the application with this file number did. */
export function applicationReason(reason: ApplicationReason, fileNumber: string): string {
  return `${reason}:${fileNumber}`;
}

/** "request:CHG-2026-004512": the change request whose approval changed the facts on file. */
const REQUEST_PREFIX = "request:";

export function changeRequestReason(reference: string): string {
  return `${REQUEST_PREFIX}${reference}`;
}

export type ReadReason =
  | { type: "expired" }
  | { type: "changedByRequest"; reference: string }
  | { type: "ended" }
  | { type: "suspensionEnded" }
  | { type: ApplicationReason; fileNumber: string }
  /** Written by staff or an older version: shown as it is. */
  | { type: "text"; text: string };

export function readReason(reason: string): ReadReason {
  if (reason === EXPIRY_REASON) return { type: "expired" };
  if (reason === ENDED_REASON) return { type: "ended" };
  if (reason === SUSPENSION_ENDED_REASON) return { type: "suspensionEnded" };
  if (reason.startsWith(REQUEST_PREFIX) && reason.length > REQUEST_PREFIX.length)
    return { type: "changedByRequest", reference: reason.slice(REQUEST_PREFIX.length) };
  const [head, ...rest] = reason.split(":");
  const fileNumber = rest.join(":");
  const type = applicationReasons.find((candidate) => candidate === head);
  return type && fileNumber ? { type, fileNumber } : { type: "text", text: reason };
}
