import type { SessionUser } from "@/lib/auth/session";
import type { StaffLicence } from "@/lib/licences/staff";
import type { AppLocale } from "@/lib/i18n/routing";

/** The licence's status actions (suspend, cancel, reinstate, record a surrender) and its timeline. */
export async function StatusSection(_props: { licence: StaffLicence; staff: SessionUser; locale: AppLocale }) {
  return null;
}
