import { useTranslations } from "next-intl";
import type { InquiryStatus } from "@/lib/inquiries/rules";
import { cx } from "@/components/cx";

const styles: Record<InquiryStatus, string> = {
  open: "bg-info-bg text-brand-darker",
  answered: "bg-success-bg text-ink",
  closed: "bg-surface text-muted",
};

/** An inquiry's status as text (never colour alone), for the applicant's and the staff's pages. */
export function InquiryStatusTag({ status }: { status: InquiryStatus }) {
  const t = useTranslations("Inquiry");
  return (
    <strong className={cx("inline-block rounded px-2 py-0.5 text-sm font-semibold", styles[status])}>
      {t(`statuses.${status}`)}
    </strong>
  );
}
