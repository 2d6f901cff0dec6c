import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { readFlash } from "@/lib/forms/flash";
import { PageHeading } from "@/components/page-heading";
import { NotificationBanner } from "@/components/notification-banner";
import { ClientMessages } from "@/components/client-messages";
import { signInAction } from "../actions";
import { LoginForm } from "./login-form";

export type Query = Record<string, string | string[] | undefined>;

/** The page to come back to after signing in (`?next=`), made safe (safeReturnPath) before use. */
export const returnPathIn = (query: Query) => (typeof query.next === "string" ? query.next : undefined);

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

/**
 * The page as a signed-out visitor sees it. Without a query (no notice, no page to come back to)
 * it is the same for everyone and also served from the cache (app/prerendered), where nothing
 * may read the request: the check for a signed-in visitor stays in the page (../page.tsx).
 */
export async function SignInContent({ locale, query }: { locale: AppLocale; query: Query }) {
  const returnTo = returnPathIn(query);
  const t = await getTranslations({ locale, namespace: "LoginPage" });
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
