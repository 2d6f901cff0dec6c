import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { Link } from "@/lib/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/auth/safe-redirect";
import { PageHeading } from "@/components/page-heading";
import { NotificationBanner } from "@/components/notification-banner";
import { ClientMessages } from "@/components/client-messages";
import { LoginForm } from "./_components/login-form";
import { readFlash } from "@/lib/forms/flash";
import { signInAction } from "./actions";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The notices this page shows after a redirect (lib/forms/flash), and their messages. */
const notices = {
  done: ["activated", "activated-linked", "password-reset", "signed-out", "signed-out-everywhere", "timed-out"],
} as const;
const noticeMessages = {
  activated: "activated",
  "activated-linked": "activatedLinked",
  "password-reset": "passwordReset",
  "signed-out": "signedOut",
  "signed-out-everywhere": "signedOutEverywhere",
  "timed-out": "timedOut",
} as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "LoginPage" }))("metaTitle") };
}

export default async function LoginPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const query = await searchParams;
  const returnTo = typeof query.next === "string" ? query.next : undefined;
  if (await getCurrentUser()) redirect(safeReturnPath(returnTo, locale));

  const t = await getTranslations("LoginPage");
  const flash = readFlash(query, notices);
  const status = flash ? noticeMessages[flash.notice] : null;
  return (
    <div className="max-w-xl">
      {status ? <NotificationBanner tone="success" title={t(status)} /> : null}
      {!status && returnTo ? <NotificationBanner title={t("sessionEnded")} /> : null}
      <PageHeading>{t("title")}</PageHeading>
      <ClientMessages namespaces={["LoginPage"]}>
        <LoginForm action={signInAction.bind(null, locale, returnTo)} />
      </ClientMessages>
      <p className="mt-6">
        <Link href="/forgot-password">{t("forgot")}</Link>
      </p>
      <p className="mt-4">{t.rich("noAccount", { link: (chunks) => <Link href="/register">{chunks}</Link> })}</p>
    </div>
  );
}
