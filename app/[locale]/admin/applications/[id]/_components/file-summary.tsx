import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/server";
import type { StaffFile } from "@/lib/applications/review";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatMoney } from "@/lib/i18n/format";
import { SummaryList } from "@/components/summary-list";

/** Where the file stands: status, applicant, submission, payment, licence and who has it. */
export async function FileSummary({
  file,
  locale,
  when,
}: {
  file: StaffFile;
  locale: AppLocale;
  when: (date: Date) => string;
}) {
  const t = await getTranslations("AdminApplicationPage");
  const tApplication = await getTranslations("ApplicationPage");
  const format = await getFormatter();
  return (
    <SummaryList
      rows={[
        { key: t("status"), value: <strong>{tApplication(`statuses.${file.status}`)}</strong> },
        {
          key: t("applicant"),
          value: `${file.user.firstName} ${file.user.lastName} – ${file.user.email}${file.user.phone ? ` – ${file.user.phone}` : ""}`,
        },
        ...(file.submittedAt ? [{ key: t("submitted"), value: when(file.submittedAt) }] : []),
        ...(file.order
          ? [
              {
                key: t("payment"),
                value: t("paymentValue", {
                  amount: formatMoney(file.order.totalCents, locale),
                  reference: file.order.reference,
                  status: t(`orderStatuses.${file.order.status}`),
                }),
              },
            ]
          : []),
        ...(file.licence
          ? [
              {
                key: t("licence"),
                value: t("licenceValue", {
                  number: file.licence.number,
                  date: format.dateTime(file.licence.expiresOn, "day"),
                }),
              },
            ]
          : []),
        {
          key: t("assignedTo"),
          value: file.assignedTo ? `${file.assignedTo.firstName} ${file.assignedTo.lastName}` : t("unassigned"),
        },
      ]}
    />
  );
}
