import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { availableEvents } from "@/lib/applications/status";
import { Link } from "@/lib/i18n/navigation";
import { Button } from "@/components/button";
import { PageHeading } from "@/components/page-heading";
import { loadOwnApplication } from "../load";
import { withdrawAction } from "../actions";
import { BackLink } from "../_components/section-layout";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "WithdrawPage" }))("title") };
}

/** Withdrawing is final, so it is one confirmed action with its consequences stated first. */
export default async function WithdrawPage({ params }: Props) {
  const { locale, application } = await loadOwnApplication(params, "/withdraw");
  if (!availableEvents(application.status, "applicant").includes("withdraw")) notFound();
  const t = await getTranslations("WithdrawPage");
  const base = `/applications/${application.id}`;
  return (
    <div className="max-w-2xl">
      <BackLink href={base} />
      <PageHeading caption={t("caption", { number: application.fileNumber })}>{t("title")}</PageHeading>
      <p className="mb-4">{t("consequences")}</p>
      {application.status !== "draft" ? <p className="mb-6 font-semibold">{t("feesNotRefunded")}</p> : null}
      <form action={withdrawAction.bind(null, locale, application.id)} className="flex flex-wrap items-center gap-6">
        <Button variant="danger">{t("confirm")}</Button>
        <Link href={base}>{t("cancel")}</Link>
      </form>
    </div>
  );
}
