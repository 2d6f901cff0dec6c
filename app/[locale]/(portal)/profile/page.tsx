import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requireUser } from "@/lib/auth/guards";
import { getProfile } from "@/lib/accounts/profile";
import { listLinkedEntities } from "@/lib/entities/queries";
import { readFlash } from "@/lib/forms/flash";
import { PageHeading } from "@/components/page-heading";
import { NotificationBanner } from "@/components/notification-banner";
import { InformationSection } from "./_components/information-section";
import { AccessCodesSection } from "./_components/access-codes-section";
import { AddressSection } from "./_components/address-section";
import { PasswordSection } from "./_components/password-section";
import { SessionsSection } from "./_components/sessions-section";
import { CloseAccountSection } from "./_components/close-account-section";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The notices this page shows after a redirect (lib/forms/flash). */
const notices = { done: ["saved", "password-changed", "linked"] } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "ProfilePage" }))("metaTitle") };
}

export default async function ProfilePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const user = await requireUser(locale, "/profile");
  const profile = await getProfile(user);
  const t = await getTranslations("ProfilePage");
  const flash = readFlash(await searchParams, notices);
  const notice = flash
    ? { saved: t("saved"), "password-changed": t("passwordChanged"), linked: t("linked") }[flash.notice]
    : null;
  const links = await listLinkedEntities(user);

  return (
    <div className="max-w-3xl">
      {notice ? <NotificationBanner tone="success" title={notice} /> : null}
      <PageHeading>{t("title")}</PageHeading>
      <InformationSection profile={profile} />
      <AccessCodesSection links={links} />
      <AddressSection />
      <PasswordSection />
      <SessionsSection locale={locale} />
      <CloseAccountSection />
    </div>
  );
}
