import type { SessionUser } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/i18n/routing";

/** The compliance documents issued on the licence, and the form to issue one. */
export async function ComplianceDocumentsSection(_props: { licenceId: string; staff: SessionUser; locale: AppLocale }) {
  return null;
}
