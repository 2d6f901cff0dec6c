import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { safeReturnPath } from "@/lib/auth/safe-redirect";
import { isAppLocale, type AppLocale } from "@/lib/i18n/routing";
import { formatMaintenanceMoment } from "@/lib/maintenance/describe";
import { MAINTENANCE_REFUSED_NOTICE, type MaintenancePeriod } from "@/lib/maintenance/window";
import { withFlash } from "./flash";
import { formFailure, type FormState } from "./state";

/**
 * How a form refused by maintenance answers (see lib/forms/action.ts): nothing was written, and
 * the user learns why, until when, and where to read more — in the language of the page the form
 * was on.
 */

/** The page the form was posted from (the proxy puts it in x-current-path), and its language. */
async function postedFrom(fallback: AppLocale): Promise<{ path: string | null; locale: AppLocale }> {
  const path = (await headers()).get("x-current-path");
  const segment = path?.split("/")[1];
  return { path, locale: isAppLocale(segment) ? segment : fallback };
}

/**
 * A form that shows its errors in place: the same form again, with what was typed, the maintenance
 * message (until when) and a link to the maintenance page. `message` is a key taking `{until}`.
 */
export async function maintenanceFormState(
  formData: FormData,
  period: MaintenancePeriod,
  fallback: AppLocale,
  message: "Validation.maintenance" | "Validation.maintenanceSignIn" = "Validation.maintenance",
): Promise<FormState> {
  const { locale } = await postedFrom(fallback);
  return {
    ...formFailure(message, formData, { until: formatMaintenanceMoment(period.endsAt, locale) }),
    formErrorLink: { href: `/${locale}/maintenance`, label: "Validation.maintenanceLink" },
  };
}

/**
 * A form that moves on: back to the page it was posted from with `?error=maintenance` (the layout
 * says it was not saved, on any page), or to the maintenance page when that page is not one to return to.
 */
export async function redirectForMaintenance(fallback: AppLocale): Promise<never> {
  const { path, locale } = await postedFrom(fallback);
  const back = path === null ? null : safeReturnPath(path, locale);
  redirect(
    back === path && back !== null ? withFlash(back, { error: MAINTENANCE_REFUSED_NOTICE }) : `/${locale}/maintenance`,
  );
}
