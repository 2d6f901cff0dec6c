import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requireUser } from "@/lib/auth/guards";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/page-heading";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "DashboardPage" }))("metaTitle") };
}

/** The main menu; the licence-holder issue fills it with licences, applications and messages. */
export default async function DashboardPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const user = await requireUser(locale, "/dashboard");
  const t = await getTranslations("DashboardPage");
  return (
    <>
      <PageHeading lead={t("welcome", { name: user.firstName })}>{t("title")}</PageHeading>
      <p className="mb-4">{t("comingSoon")}</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <Link href="/profile">{t("profileLink")}</Link>
        </li>
        <li>
          <Link href="/inquiries">{t("inquiriesLink")}</Link>
        </li>
        <li>
          <Link href="/reports">{t("reportsLink")}</Link>
        </li>
      </ul>
    </>
  );
}
