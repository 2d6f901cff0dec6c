import { useTranslations } from "next-intl";
import { PageSection } from "@/components/page-section";

/** Why the address is not changed here. */
export function AddressSection() {
  const t = useTranslations("ProfilePage");
  return (
    <PageSection id="address-title" title={t("addressTitle")} className="mb-12" headingClassName="mb-3 text-2xl">
      <p className="max-w-prose">{t("addressBody")}</p>
    </PageSection>
  );
}
