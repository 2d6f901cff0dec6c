import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { PageSection } from "@/components/page-section";

/** The rest of the portal: messages, reports and the profile. */
export function MoreSection() {
  const t = useTranslations("DashboardPage");
  return (
    <PageSection id="more-title" title={t("moreTitle")} headingClassName="mb-3 text-2xl">
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <Link href="/inquiries">{t("inquiriesLink")}</Link>
        </li>
        <li>
          <Link href="/reports">{t("reportsLink")}</Link>
        </li>
        <li>
          <Link href="/profile">{t("profileLink")}</Link>
        </li>
      </ul>
    </PageSection>
  );
}
