import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requireUser } from "@/lib/auth/guards";
import { getProfile } from "@/lib/accounts/profile";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/page-heading";
import { SummaryList } from "@/components/summary-list";
import { NotificationBanner } from "@/components/notification-banner";
import { ClientMessages } from "@/components/client-messages";
import { ProfileForm } from "./_components/profile-form";
import { ChangePasswordForm } from "./_components/change-password-form";
import { AccessCodeForm } from "./_components/access-code-form";
import { Button } from "@/components/button";
import { signOutEverywhereAction } from "./actions";
import { listLinkedEntities } from "@/lib/entities/queries";
import { readFlash } from "@/lib/forms/flash";
import { getFormatter } from "next-intl/server";

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
  const format = await getFormatter();
  const terms = await getTranslations("Terms");
  const birth = profile.dateOfBirth;

  return (
    <div className="max-w-3xl">
      {notice ? <NotificationBanner tone="success" title={notice} /> : null}
      <PageHeading>{t("title")}</PageHeading>

      <section aria-labelledby="information-title" className="mb-12">
        <h2 id="information-title" className="mb-4 text-2xl">
          {t("informationTitle")}
        </h2>
        <SummaryList
          rows={[
            { key: t("name"), value: `${profile.firstName} ${profile.lastName}` },
            { key: t("email"), value: profile.email },
          ]}
        />
        <p className="mb-8 max-w-prose text-muted">{t("emailCannotChange")}</p>
        <ClientMessages namespaces={["ProfilePage"]}>
          <ProfileForm
            defaults={{
              phone: profile.phone ?? "",
              locale: profile.locale,
              dateOfBirth: birth
                ? {
                    day: String(birth.getUTCDate()),
                    month: String(birth.getUTCMonth() + 1),
                    year: String(birth.getUTCFullYear()),
                  }
                : { day: "", month: "", year: "" },
            }}
          />
        </ClientMessages>
      </section>

      <section id="access-codes" aria-labelledby="access-codes-title" className="mb-12">
        <h2 id="access-codes-title" className="mb-3 text-2xl">
          {t("accessCodesTitle")}
        </h2>
        <p className="mb-2 max-w-prose">{t("accessCodesBody")}</p>
        <p className="mb-6 max-w-prose">{t("addPersonBody")}</p>
        {links.length === 0 ? (
          <p className="mb-6 text-muted">{t("noLinkedEntities")}</p>
        ) : (
          <ul className="mb-8 space-y-4">
            {links.map((link) => (
              <li key={link.id} className="border-l-4 border-brand bg-surface px-4 py-3">
                <h3 className="text-lg">{link.entity.legalName}</h3>
                <p className="text-sm text-muted">
                  {t("linkedVia", { via: link.via, date: format.dateTime(link.createdAt, "long") })}
                </p>
                {link.entity.licences.length > 0 ? (
                  <ul className="mt-2 list-disc pl-6">
                    {link.entity.licences.map((licence) => (
                      <li key={licence.id}>
                        {licence.number} – {terms(`licenceKinds.${licence.kind}`)} –{" "}
                        {terms(`licenceStatuses.${licence.status}`)}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <ClientMessages namespaces={["ProfilePage"]}>
          <AccessCodeForm />
        </ClientMessages>
      </section>

      <section aria-labelledby="address-title" className="mb-12">
        <h2 id="address-title" className="mb-3 text-2xl">
          {t("addressTitle")}
        </h2>
        <p className="max-w-prose">{t("addressBody")}</p>
      </section>

      <section aria-labelledby="password-title" className="mb-12">
        <h2 id="password-title" className="mb-4 text-2xl">
          {t("passwordTitle")}
        </h2>
        <ClientMessages namespaces={["ProfilePage", "PasswordRule"]}>
          <ChangePasswordForm />
        </ClientMessages>
      </section>

      <section aria-labelledby="sessions-title" className="mb-12">
        <h2 id="sessions-title" className="mb-3 text-2xl">
          {t("sessionsTitle")}
        </h2>
        <p className="mb-6 max-w-prose">{t("sessionsBody")}</p>
        {/* A form, so it works without JavaScript; ends every session of the account, this one included. */}
        <form action={signOutEverywhereAction.bind(null, locale)}>
          <Button variant="secondary">{t("signOutEverywhere")}</Button>
        </form>
      </section>

      <section aria-labelledby="close-title">
        <h2 id="close-title" className="mb-3 text-2xl">
          {t("closeTitle")}
        </h2>
        <p className="max-w-prose">
          {t.rich("closeBody", { link: (chunks) => <Link href="/inquiries/new?subject=close_account">{chunks}</Link> })}
        </p>
      </section>
    </div>
  );
}
