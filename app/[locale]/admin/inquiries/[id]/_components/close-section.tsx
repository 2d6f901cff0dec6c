import { getTranslations } from "next-intl/server";
import type { StaffInquiry } from "@/lib/inquiries/staff";
import { canClose } from "@/lib/inquiries/rules";
import type { AppLocale } from "@/lib/i18n/routing";
import { Button } from "@/components/button";
import { closeInquiryAction } from "../../actions";
import { PageSection } from "@/components/page-section";

/** Closing the inquiry, while its status allows it. */
export async function CloseSection({ inquiry, locale }: { inquiry: StaffInquiry; locale: AppLocale }) {
  if (!canClose(inquiry.status)) return null;
  const t = await getTranslations("AdminInquiryPage");
  return (
    <PageSection id="close-title" title={t("closeTitle")} className="mb-12" headingClassName="mb-3 text-2xl">
      <p className="mb-4 max-w-prose">{t("closeBody")}</p>
      <form action={closeInquiryAction.bind(null, locale)}>
        <input type="hidden" name="inquiryId" value={inquiry.id} />
        <Button variant="secondary">{t("closeButton", { reference: inquiry.reference })}</Button>
      </form>
    </PageSection>
  );
}
