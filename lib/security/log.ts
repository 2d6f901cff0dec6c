/**
 * Security events as one JSON line each on standard output, for the host's log collector and its
 * alerts (a burst of sign-in failures, lockouts, refused ids). Never a password, token, access code
 * or anything typed into a secret field: the fields are fixed, and `detail` takes short codes only.
 */
export type SecurityEvent =
  | "sign_in.failed"
  | "sign_in.locked"
  | "access_code.redeem_failed"
  | "access_code.locked"
  | "activation.failed"
  | "password.change_failed"
  | "password_reset.requested"
  | "password_reset.completed"
  | "id.refused"
  | "staff.download"
  | "session.ended_everywhere";

export type SecurityLogLine = {
  event: SecurityEvent;
  /** The account concerned (its id), when there is one. */
  account?: string | null;
  ip?: string | null;
  outcome: "refused" | "locked" | "allowed";
  /** A short, non-secret code (a route name, a reason). */
  detail?: string;
};

type Writer = (line: string) => void;

// Tests make thousands of refused attempts on purpose; they read the lines they need through
// captureSecurityLogForTests instead of flooding the output.
let write: Writer = (line) => {
  if (process.env.NODE_ENV !== "test") console.log(line);
};

export function securityLog(entry: SecurityLogLine): void {
  write(JSON.stringify({ at: new Date().toISOString(), type: "security", ...entry }));
}

/** Tests read what was written instead of the console. */
export function captureSecurityLogForTests(): { lines: SecurityLogLine[]; restore: () => void } {
  const lines: SecurityLogLine[] = [];
  const previous = write;
  write = (line) => lines.push(JSON.parse(line) as SecurityLogLine);
  return { lines, restore: () => (write = previous) };
}
