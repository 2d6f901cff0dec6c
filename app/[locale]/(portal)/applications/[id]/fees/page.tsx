import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { Button } from "@/components/button";
import { Checkbox } from "@/components/field";
import { ErrorSummary } from "@/components/error-summary";
import { PageHeading } from "@/components/page-heading";
import { SummaryList } from "@/components/summary-list";
import { loadOwnApplication } from "../load";
import { declareAndPayAction } from "../actions";
import { BackLink } from "../_components/section-layout";
import { readFlash } from "@/lib/forms/flash";
import { formatMoney } from "@/lib/i18n/format";

/** The declaration left unticked (lib/forms/flash). */
const notices = { error: ["declarationRequired"] } as const;

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const title = (await getTranslations({ locale, namespace: "FeesPage" }))("title");
  const errors = readFlash(await searchParams, notices) !== null;
  return {
    title: errors ? (await getTranslations({ locale, namespace: "ErrorSummary" }))("titlePrefix", { title }) : title,
  };
}

/**
 * The fee computed by the server from the chosen term, the declaration, and "Pay fees and submit".
 * Reached only with nothing missing; the button moves the application to "Awaiting payment".
 */
export default async function FeesPage({ params, searchParams }: Props) {
  const { locale, application } = await loadOwnApplication(params, "/fees");
  const query = await searchParams;
  if (!application.isEditable) notFound();
  if (!application.canSubmit || !application.fee) redirect(`/${locale}/applications/${application.id}/review`);
  const t = await getTranslations("FeesPage");
  const fee = formatMoney(application.fee.feeCents, locale);
  const error = readFlash(query, notices) ? t("declarationRequired") : undefined;

  return (
    <div className="max-w-2xl">
      <BackLink href={`/applications/${application.id}/review`} />
      <ErrorSummary errors={error ? [{ field: "declaration", message: error }] : []} />
      <PageHeading caption={t("caption", { number: application.fileNumber })}>{t("title")}</PageHeading>
      <SummaryList
        rows={[
          ...(application.fee.years !== null
            ? [{ key: t("term"), value: t("years", { years: application.fee.years }) }]
            : []),
          ...(application.fee.quantity > 1
            ? [
                {
                  key: t("calculation"),
                  value: t("times", {
                    quantity: application.fee.quantity,
                    unit: formatMoney(application.fee.unitCents, locale),
                  }),
                },
              ]
            : []),
          { key: t("fee"), value: <strong className="text-xl">{fee}</strong> },
        ]}
      />
      <p className="mb-6">{t("paymentMethods")}</p>
      <h2 className="mb-3 text-2xl">{t("declarationTitle")}</h2>
      <form action={declareAndPayAction.bind(null, locale, application.id)} noValidate>
        <Checkbox name="declaration" label={t("declaration", { fee })} error={error} />
        <Button>{t("submit")}</Button>
      </form>
    </div>
  );
}
