import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { getSandboxPayment, sandboxCards } from "@/lib/payments/card";
import { getCurrentUser } from "@/lib/auth/session";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { TextField } from "@/components/field";
import { loadOwnApplication } from "../../../load";
import { sandboxPayAction } from "../../actions";
import { readFlash } from "@/lib/forms/flash";
import { formatMoney } from "@/lib/i18n/format";

type Props = {
  params: Promise<{ locale: string; id: string; paymentId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "SandboxCheckoutPage" }))("title") };
}

/**
 * The sandbox checkout: stands in for Stripe's hosted page when Stripe is not configured, so the
 * whole journey works on a fresh machine. It takes Stripe's test card numbers and no money.
 */
export default async function SandboxCheckoutPage({ params, searchParams }: Props) {
  const { locale, application } = await loadOwnApplication(params, "/payment");
  const { paymentId } = await params;
  const user = await getCurrentUser();
  const payment = user ? await getSandboxPayment(user, application.id, paymentId) : null;
  if (!payment) notFound();
  if (payment.status !== "pending" || payment.flaggedReason)
    redirect(`/${locale}/applications/${application.id}/payment/return?payment=${payment.id}`);
  const t = await getTranslations("SandboxCheckoutPage");
  const error = readFlash(await searchParams, { error: ["cardNumberInvalid"] }) ? t("cardNumberInvalid") : undefined;

  return (
    <div className="mx-auto max-w-lg">
      <ErrorSummary errors={error ? [{ field: "cardNumber", message: error }] : []} />
      <div className="mb-6 border-l-4 border-warning bg-warning-bg p-4">
        <p className="font-semibold">{t("sandboxNotice")}</p>
      </div>
      <div className="rounded border border-line p-6 shadow-sm">
        <p className="text-muted">{t("merchant")}</p>
        <h1 className="mb-1 text-3xl">{t("title")}</h1>
        <p className="mb-6 text-2xl font-bold">{formatMoney(payment.amountCents, locale)}</p>
        <p className="mb-6 text-muted">
          {t("reference", { number: payment.order.application.fileNumber, reference: payment.order.reference })}
        </p>
        <form action={sandboxPayAction.bind(null, locale, application.id, payment.id)} noValidate>
          <TextField
            name="cardNumber"
            label={t("cardNumber")}
            error={error}
            inputMode="numeric"
            autoComplete="cc-number"
            width="medium"
          />
          <div className="flex flex-wrap gap-x-6">
            <TextField name="expiry" label={t("expiry")} hint={t("expiryHint")} autoComplete="cc-exp" width="short" />
            <TextField name="cvc" label={t("cvc")} inputMode="numeric" autoComplete="cc-csc" width="short" />
          </div>
          <TextField name="cardholder" label={t("cardholder")} autoComplete="cc-name" />
          <Button className="w-full">{t("pay", { amount: formatMoney(payment.amountCents, locale) })}</Button>
        </form>
      </div>
      <details className="mt-6">
        <summary className="cursor-pointer font-semibold">{t("testCards")}</summary>
        <ul className="mt-2 space-y-1">
          {Object.entries(sandboxCards).map(([number, card]) => (
            <li key={number}>
              <span className="font-mono">{number}</span> –{" "}
              {t(`cardResults.${card.result === "succeeded" ? card.brand : card.failureCode}`)}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
