import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { inspectActivationLink } from "@/lib/accounts/registration";
import { PageHeading } from "@/components/page-heading";
import { ButtonLink } from "@/components/button";
import { LinkProblem } from "@/components/link-problem";
import { ClientMessages } from "@/components/client-messages";
import { TokenPasswordForm } from "@/components/forms/simple-password-form";
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
  const link = typeof token === "string" ? await inspectActivationLink(token) : { status: "invalid" as const };

  if (link.status !== "valid" || typeof token !== "string") {
    const problem = link.status === "valid" ? "invalid" : link.status;
    return (
      <LinkProblem
        title={t(`${problem}Title`)}
        body={t(`${problem}Body`)}
        action={
          <div className="flex flex-wrap gap-4">
            <ButtonLink href="/register">{t("registerAgain")}</ButtonLink>
            {problem === "used" ? (
              <ButtonLink href="/login" variant="secondary">
                {t("signIn")}
              </ButtonLink>
            ) : null}
          </div>
        }
      />
    );
  }
  return (
    <div className="max-w-xl">
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <ClientMessages namespaces={["ActivatePage", "PasswordRule"]}>
        <TokenPasswordForm
          action={activateAction.bind(null, locale)}
          token={token}
          mode="existing"
          labels={{ password: t("password"), submit: t("submit") }}
        />
      </ClientMessages>
    </div>
  );
}
