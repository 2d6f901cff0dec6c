import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getFormatter, resolveLocale } from "@/lib/i18n/server";
import { requireUser } from "@/lib/auth/guards";
import { listMyInquiries } from "@/lib/inquiries/applicant";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/page-heading";
import { ButtonLink } from "@/components/button";
import { DataTable } from "@/components/data-table";
import { InquiryStatusTag } from "./_components/inquiry-status-tag";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "InquiriesPage" }))("metaTitle") };
}

export default async function InquiriesPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const user = await requireUser(locale, "/inquiries");
  const inquiries = await listMyInquiries(user);
  const t = await getTranslations("InquiriesPage");
  const inquiry = await getTranslations("Inquiry");
  const format = await getFormatter();

  return (
    <div className="max-w-4xl">
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <p className="mb-10">
        <ButtonLink href="/inquiries/new">{t("newInquiry")}</ButtonLink>
      </p>

      {inquiries.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <DataTable
          caption={t("tableLabel")}
          hiddenCaption
          scrollable={{ label: t("tableLabel"), minWidth: "min-w-[40rem]" }}
          rowHeader={0}
          headers={[inquiry("reference"), inquiry("subject"), inquiry("status"), inquiry("updatedAt")]}
          rows={inquiries.map((row) => [
            <Link key="reference" href={`/inquiries/${row.id}`} className="font-semibold">
              {row.reference}
            </Link>,
            inquiry(`subjects.${row.subject}`),
            <InquiryStatusTag key="status" status={row.status} />,
            <time key="updated" dateTime={row.updatedAt.toISOString()}>
              {format.dateTime(row.updatedAt, "long")}
            </time>,
          ])}
        />
      )}
    </div>
  );
}
