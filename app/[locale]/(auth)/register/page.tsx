import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { Link } from "@/lib/i18n/navigation";
import { createArithmeticQuestion, createHumanChallenge } from "@/lib/human-check";
import { PageHeading } from "@/components/page-heading";
import { ClientMessages } from "@/components/client-messages";
import { RegisterForm } from "./_components/register-form";
import { registerAction } from "./actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "RegisterPage" }))("metaTitle") };
}

export default async function RegisterPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations("RegisterPage");
  return (
    <div className="max-w-2xl">
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <p className="mb-8">{t.rich("haveAccount", { link: (chunks) => <Link href="/login">{chunks}</Link> })}</p>
      <ClientMessages namespaces={["RegisterPage", "HumanCheck", "PasswordRule"]}>
        <RegisterForm
          action={registerAction.bind(null, locale)}
          locale={locale}
          challenge={await createHumanChallenge()}
          question={createArithmeticQuestion()}
        />
      </ClientMessages>
    </div>
  );
}
