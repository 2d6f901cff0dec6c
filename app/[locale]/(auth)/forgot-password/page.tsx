import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { PageHeading } from "@/components/page-heading";
import { ClientMessages } from "@/components/client-messages";
import { ForgotPasswordForm } from "./_components/forgot-password-form";
import { forgotPasswordAction } from "./actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "ForgotPasswordPage" }))("metaTitle") };
}

export default async function ForgotPasswordPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations("ForgotPasswordPage");
  return (
    <div className="max-w-xl">
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <ClientMessages namespaces={["ForgotPasswordPage"]}>
        <ForgotPasswordForm action={forgotPasswordAction.bind(null, locale)} />
      </ClientMessages>
    </div>
  );
}
