import "server-only";
import { endSuspensions, expireLicences, sendRenewalReminders } from "@/lib/licences/jobs";
import { renewableLicenceKinds } from "@/lib/applications/registry";
import { sendReportReminders } from "@/lib/applications/reports";
import { deliverPendingEmails } from "@/lib/mail/deliver";
import { removeExpiredLimits } from "@/lib/rate-limit";
import { removeFinishedSessions } from "@/lib/auth/user-sessions";

/**
 * The scheduled jobs, run by Vercel Cron through /api/cron/<job> and by `npm run jobs`. Each one is
 * idempotent: running it twice, or twice at once, does nothing twice (SECURITY.md, "Reliability").
 * `npm run jobs` runs them all in this order: suspensions past their last day end, so that a licence
 * whose term ended meanwhile expires on the same run; licences past their date expire before reminders are
 * considered, and the outbox goes last so that it sends the reminders just queued.
 */
const jobs = {
  "end-suspensions": () => endSuspensions(),
  "expire-licences": () => expireLicences(),
  "renewal-reminders": () => sendRenewalReminders(renewableLicenceKinds()),
  "report-reminders": () => sendReportReminders(),
  "deliver-outbox": () => deliverPendingEmails(),
  "clean-up": async () => ({
    limits: (await removeExpiredLimits()).removed,
    sessions: (await removeFinishedSessions()).removed,
  }),
} satisfies Record<string, () => Promise<unknown>>;

export type JobName = keyof typeof jobs;
export type JobResult = Awaited<ReturnType<(typeof jobs)[JobName]>>;

export const jobNames = Object.keys(jobs) as JobName[];

/** Own keys only: a URL segment such as "constructor" is not a job. */
export function isJobName(name: string): name is JobName {
  return Object.hasOwn(jobs, name);
}

export function runJob(name: JobName): Promise<JobResult> {
  return jobs[name]();
}
