import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requireUser } from "@/lib/auth/guards";
import { listMyInquiries } from "@/lib/inquiries/applicant";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/page-heading";
import { ButtonLink } from "@/components/button";
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
        // Scrolls sideways on a phone rather than squeezing the columns; focusable so a keyboard can scroll it.
        <div className="relative overflow-x-auto" role="region" aria-label={t("tableLabel")} tabIndex={0}>
          <table className="w-full min-w-[40rem] border-collapse text-left">
            <caption className="sr-only">{t("tableLabel")}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">{inquiry("reference")}</th>
                <th scope="col" className="py-2 pr-4">{inquiry("subject")}</th>
                <th scope="col" className="py-2 pr-4">{inquiry("status")}</th>
                <th scope="col" className="py-2">{inquiry("updatedAt")}</th>
              </tr>
            </thead>
            <tbody>
              {inquiries.map((row) => (
                <tr key={row.id} className="border-b border-line align-top">
                  <th scope="row" className="py-3 pr-4 font-normal">
                    <Link href={`/inquiries/${row.id}`} className="font-semibold">
                      {row.reference}
                    </Link>
                  </th>
                  <td className="py-3 pr-4">{inquiry(`subjects.${row.subject}`)}</td>
                  <td className="py-3 pr-4">
                    <InquiryStatusTag status={row.status} />
                  </td>
                  <td className="py-3">
                    <time dateTime={row.updatedAt.toISOString()}>{format.dateTime(row.updatedAt, "long")}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
