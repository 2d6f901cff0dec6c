import { useTranslations } from "next-intl";
import { isInMaintenanceWindow, isMaintenanceSoon } from "@/lib/maintenance/window";

/** The slot under the header that warns of maintenance under way or coming within a day. */
export function MaintenanceNotice({ now }: { now: Date }) {
  const t = useTranslations("Maintenance");
  const active = isInMaintenanceWindow(now);
  if (!active && !isMaintenanceSoon(now)) return null;
  return (
    <div
      className="border-b-4 border-warning bg-warning-bg"
      role="region"
      aria-label={t(active ? "activeTitle" : "soonTitle")}
    >
      <div className="mx-auto max-w-6xl px-4 py-3 sm:px-6">
        <p>
          <strong>{t(active ? "activeTitle" : "soonTitle")}</strong> {t(active ? "activeBody" : "soonBody")}
        </p>
      </div>
    </div>
  );
}
