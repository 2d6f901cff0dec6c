import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";

/**
 * The staff back office. This layout hides it from everyone else, but it is not the only check:
 * every admin page and action calls requireStaff / requirePermission itself.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const staff = await requireStaff();
  const t = await getTranslations("Admin");
  const terms = await getTranslations("Terms");
  const links = [
    { href: "/admin", label: t("navSearch"), show: true },
    { href: "/admin/inquiries", label: t("navInquiries"), show: can(staff.role, "handleInquiries") },
    { href: "/admin/change-requests", label: t("navChangeRequests"), show: can(staff.role, "handleChangeRequests") },
    { href: "/admin/applications", label: t("navApplications"), show: can(staff.role, "reviewApplications") },
    { href: "/admin/payments", label: t("navPayments"), show: can(staff.role, "reconcilePayments") },
    { href: "/admin/fees", label: t("navFees"), show: can(staff.role, "viewFeeSchedule") },
    { href: "/admin/audit", label: t("navAudit"), show: can(staff.role, "viewAuditLog") },
    { href: "/admin/staff", label: t("navStaff"), show: can(staff.role, "manageStaff") },
    { href: "/admin/news", label: t("navNews"), show: can(staff.role, "publishNews") },
    { href: "/admin/satisfaction", label: t("navSatisfaction"), show: can(staff.role, "viewSatisfaction") },
    { href: "/admin/maintenance", label: t("navMaintenance"), show: can(staff.role, "manageMaintenance") },
  ].filter((link) => link.show);
  return (
    <div>
      <nav aria-label={t("navLabel")} className="-mt-4 mb-8 border-b-4 border-brand pb-3">
        <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">
          {t("area", { role: terms(`accountRoles.${staff.role}`) })}
        </p>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="inline-block py-1 font-semibold">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}
