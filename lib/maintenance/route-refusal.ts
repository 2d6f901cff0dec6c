import "server-only";
import { defaultLocale, isAppLocale } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";
import { formatMaintenanceMoment } from "./describe";
import { maintenanceUnderWay } from "./schedule";
import { secondsUntilEnd } from "./window";

/**
 * For route handlers an applicant writes through (the upload with progress): during maintenance, a
 * 503 with `Retry-After`, a message in the language the page asked for (`?locale=`, else French)
 * and the maintenance page as `location`, which the page's script opens. Null outside maintenance.
 * Checked before the body is read, so nothing is stored.
 */
export async function maintenanceRouteRefusal(request: Request, now: Date = new Date()): Promise<Response | null> {
  const period = await maintenanceUnderWay(now);
  if (!period) return null;
  const asked = new URL(request.url).searchParams.get("locale");
  const locale = isAppLocale(asked) ? asked : defaultLocale;
  const t = translatorFor(locale, "Maintenance");
  return Response.json(
    {
      error: "maintenance",
      message: t("routeRefused", { until: formatMaintenanceMoment(period.endsAt, locale) }),
      location: `/${locale}/maintenance`,
    },
    {
      status: 503,
      headers: { "Cache-Control": "no-store", "Retry-After": String(secondsUntilEnd(now, period)) },
    },
  );
}
