import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { inspectResetLink } from "@/lib/accounts/password-reset";
import { ButtonLink } from "@/components/button";
import { TokenPasswordForm } from "@/components/forms/simple-password-form";
import { TokenPasswordPage } from "../_components/token-password-page";
import { resetPasswordAction } from "../forgot-password/actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "ResetPasswordPage" }))("metaTitle") };
}

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations("ResetPasswordPage");
  const { token } = await searchParams;
  return (
    <TokenPasswordPage
      namespace="ResetPasswordPage"
      token={token}
      inspect={inspectResetLink}
      problemAction={() => <ButtonLink href="/forgot-password">{t("askAgain")}</ButtonLink>}
      form={(validToken) => (
        <TokenPasswordForm
          action={resetPasswordAction.bind(null, locale)}
          token={validToken}
          mode="new"
          labels={{ password: t("password"), passwordConfirm: t("passwordConfirm"), submit: t("submit") }}
        />
      )}
    />
  );
}
