import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { inspectActivationLink } from "@/lib/accounts/registration";
import { ButtonLink } from "@/components/button";
import { TokenPasswordForm } from "@/components/forms/simple-password-form";
import { TokenPasswordPage } from "../_components/token-password-page";
import { activateAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "ActivatePage" }))("metaTitle") };
}

export default async function ActivatePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations("ActivatePage");
  const { token } = await searchParams;
  return (
    <TokenPasswordPage
      namespace="ActivatePage"
      token={token}
      inspect={inspectActivationLink}
      problemAction={(problem) => (
        <div className="flex flex-wrap gap-4">
          <ButtonLink href="/register">{t("registerAgain")}</ButtonLink>
          {problem === "used" ? (
            <ButtonLink href="/login" variant="secondary">
              {t("signIn")}
            </ButtonLink>
          ) : null}
        </div>
      )}
      form={(validToken) => (
        <TokenPasswordForm
          action={activateAction.bind(null, locale)}
          token={validToken}
          mode="existing"
          labels={{ password: t("password"), submit: t("submit") }}
        />
      )}
    />
  );
}
