import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { PageSection } from "@/components/page-section";

/** Closing the account goes through an inquiry. */
export function CloseAccountSection() {
  const t = useTranslations("ProfilePage");
  return (
    <PageSection id="close-title" title={t("closeTitle")} headingClassName="mb-3 text-2xl">
      <p className="max-w-prose">
        {t.rich("closeBody", { link: (chunks) => <Link href="/inquiries/new?subject=close_account">{chunks}</Link> })}
      </p>
    </PageSection>
  );
}
