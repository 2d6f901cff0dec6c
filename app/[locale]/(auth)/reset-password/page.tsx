import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { inspectResetLink } from "@/lib/accounts/password-reset";
import { PageHeading } from "@/components/page-heading";
import { ButtonLink } from "@/components/button";
import { LinkProblem } from "@/components/link-problem";
import { ClientMessages } from "@/components/client-messages";
import { TokenPasswordForm } from "@/components/forms/simple-password-form";
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
  const link = typeof token === "string" ? await inspectResetLink(token) : { status: "invalid" as const };

  if (link.status !== "valid" || typeof token !== "string") {
    const problem = link.status === "valid" ? "invalid" : link.status;
    return (
      <LinkProblem
        title={t(`${problem}Title`)}
        body={t(`${problem}Body`)}
        action={<ButtonLink href="/forgot-password">{t("askAgain")}</ButtonLink>}
      />
    );
  }
  return (
    <div className="max-w-xl">
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <ClientMessages namespaces={["ResetPasswordPage", "PasswordRule"]}>
        <TokenPasswordForm
          action={resetPasswordAction.bind(null, locale)}
          token={token}
          mode="new"
          labels={{ password: t("password"), passwordConfirm: t("passwordConfirm"), submit: t("submit") }}
        />
      </ClientMessages>
    </div>
  );
}
