import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormatter, resolveLocale } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/guards";
import { listReconciliationQueue } from "@/lib/payments/wire";
import { listFlaggedPayments } from "@/lib/payments/flags";
import { flagResolutions } from "@/lib/payments/schemas";
import { Button } from "@/components/button";
import { DataTable } from "@/components/data-table";
import { DateField, RadioGroup, TextArea, TextField } from "@/components/field";
import { ErrorSummary, type ErrorLink } from "@/components/error-summary";
import { NotificationBanner } from "@/components/notification-banner";
import { PageHeading } from "@/components/page-heading";
import { recordWireAction, resolveFlagAction } from "./actions";
import { readFlash } from "@/lib/forms/flash";
import { formatMoney } from "@/lib/i18n/format";
import { PageSection } from "@/components/page-section";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "AdminPaymentsPage" }))("title") };
}

const errorCodes = ["amount", "receivedOn", "bankReference", "notFound", "alreadyPaid", "alreadyRecorded"] as const;
const flagCodes = ["amountMismatch", "referenceMismatch", "applicationWithdrawn"] as const;
const reasons = [
  "amountMismatch",
  "currencyMismatch",
  "cardBrandNotAccepted",
  "orderAlreadyPaid",
  "applicationWithdrawn",
  "referenceMismatch",
] as const;
const attentionErrors = ["resolution", "note", "noteTooLong", "alreadyResolved", "notFound"] as const;
/** The notices this page shows after a redirect (lib/forms/flash); a flag's or a form's details travel beside them. */
const notices = { done: ["applied", "flagged", "resolved"], error: [...errorCodes, "notResolved"] } as const;

/** "resolution:resolution,note:noteTooLong" (set by resolveFlagAction) → the known codes by field; anything else is dropped. */
function attentionProblems(
  query: Record<string, string | undefined>,
): Partial<Record<"resolution" | "note" | "form", (typeof attentionErrors)[number]>> {
  const problems: Partial<Record<"resolution" | "note" | "form", (typeof attentionErrors)[number]>> = {};
  for (const pair of (query.problems ?? "").split(",").slice(0, 3)) {
    const [field, code] = pair.split(":");
    const known = attentionErrors.find((candidate) => candidate === code);
    if (known && (field === "resolution" || field === "note" || field === "form")) problems[field] = known;
  }
  return problems;
}

/**
 * Payments: first the money that needs a person (flagged by card fulfilment or by reconciliation,
 * until someone records how it was settled), then the orders of $30,000 or more waiting for a wire
 * or EFT, oldest first. Staff record what the bank received; a match submits the application, a
 * mismatch is kept and flagged.
 */
export default async function AdminPaymentsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const staff = await requirePermission("reconcilePayments");
  const [queue, flagged] = await Promise.all([listReconciliationQueue(staff), listFlaggedPayments(staff)]);
  if (!queue || !flagged) notFound();
  const query = await searchParams;
  const t = await getTranslations("AdminPaymentsPage");
  const format = await getFormatter();
  const money = (cents: number, currency?: string) => formatMoney(cents, locale, currency);
  const flash = readFlash(query, notices);
  const error = flash?.kind === "error" && flash.notice !== "notResolved" ? flash.notice : undefined;
  const recorded =
    flash?.notice === "applied"
      ? "applied"
      : flash?.notice === "flagged"
        ? flagCodes.find((code) => code === query.flag)
        : undefined;

  // Errors of a resolution form: only for a payment still on the list.
  const notResolved = flash?.notice === "notResolved";
  const erring = notResolved ? flagged.find((payment) => payment.id === query.payment) : undefined;
  const problems = erring ? attentionProblems(query) : {};
  const errorLinks: ErrorLink[] = [
    ...(error && query.order ? [{ field: `amount-${query.order}`, message: t(`errors.${error}`) }] : []),
    ...(erring && problems.resolution
      ? [{ field: `resolution-${erring.id}`, message: t(`attention.errors.${problems.resolution}`) }]
      : []),
    ...(erring && problems.note
      ? [{ field: `note-${erring.id}`, message: t(`attention.errors.${problems.note}`) }]
      : []),
  ];
  // Already resolved by someone else: the payment has left the list, so the message stands alone.
  const resolutionFormError =
    notResolved && query.problems?.startsWith("form:")
      ? attentionErrors.find((code) => `form:${code}` === query.problems)
      : undefined;

  const methodOf = (payment: (typeof flagged)[number]) =>
    payment.method === "card"
      ? payment.cardBrand
        ? t("attention.methods.cardWithBrand", { brand: payment.cardBrand })
        : t("attention.methods.card")
      : t(`attention.methods.${payment.method}`);
  const reasonOf = (payment: (typeof flagged)[number]) => {
    const reason = reasons.find((known) => known === payment.flaggedReason);
    return reason ? t(`attention.reasons.${reason}`) : t("attention.reasons.other");
  };

  return (
    <>
      <ErrorSummary
        errors={errorLinks}
        formError={resolutionFormError ? t(`attention.errors.${resolutionFormError}`) : undefined}
      />
      {recorded === "applied" ? <NotificationBanner tone="success" title={t("applied")} /> : null}
      {recorded && recorded !== "applied" ? (
        <NotificationBanner tone="warning" title={t("flagged")}>
          {t(`flags.${recorded}`)}
        </NotificationBanner>
      ) : null}
      {flash?.notice === "resolved" ? <NotificationBanner tone="success" title={t("attention.resolved")} /> : null}
      <PageHeading>{t("title")}</PageHeading>

      <PageSection id="attention-title" title={t("attention.title")} className="mb-12" headingClassName="mb-2 text-2xl">
        <p className="mb-6 max-w-prose">{t("attention.lead")}</p>
        {flagged.length === 0 ? (
          <p>{t("attention.empty")}</p>
        ) : (
          <>
            <DataTable
              caption={<span className="sr-only">{t("attention.caption")}</span>}
              headers={[
                t("attention.fileNumber"),
                t("attention.payer"),
                t("attention.amount"),
                t("attention.method"),
                t("attention.what"),
                t("attention.when"),
                t("attention.action"),
              ]}
              rows={flagged.map((payment) => [
                payment.order.application.fileNumber,
                <>
                  {payment.order.application.user.firstName} {payment.order.application.user.lastName}
                  <br />
                  <span className="break-all text-muted">{payment.order.application.user.email}</span>
                </>,
                <>
                  {money(payment.amountCents, payment.currency)}
                  {payment.amountCents !== payment.order.totalCents || payment.currency !== "CAD" ? (
                    <span className="block text-muted">
                      {t("attention.orderTotal", { amount: money(payment.order.totalCents) })}
                    </span>
                  ) : null}
                </>,
                methodOf(payment),
                reasonOf(payment),
                format.dateTime(payment.updatedAt, "long"),
                <a key="resolve" href={`#payment-${payment.id}`}>
                  {t("attention.resolveLink")}
                  <span className="sr-only"> – {payment.order.application.fileNumber}</span>
                </a>,
              ])}
            />
            {flagged.map((payment) => {
              const number = payment.order.application.fileNumber;
              const own = payment.id === erring?.id ? problems : {};
              return (
                <div key={payment.id} id={`payment-${payment.id}`} className="mb-6 border border-line p-5">
                  <h3 className="mb-1 text-xl">
                    {t("attention.formTitle", { number, amount: money(payment.amountCents, payment.currency) })}
                  </h3>
                  <p className="mb-4">{reasonOf(payment)}</p>
                  <form action={resolveFlagAction.bind(null, locale, payment.id)} noValidate>
                    {/* Each payment's fields carry its id: several forms share the page, and ids must be unique. */}
                    <RadioGroup
                      name={`resolution-${payment.id}`}
                      label={t("attention.resolution")}
                      error={own.resolution ? t(`attention.errors.${own.resolution}`) : undefined}
                      options={flagResolutions.map((resolution) => ({
                        value: resolution,
                        label: t(`attention.resolutions.${resolution}`),
                        hint: t(`attention.resolutionHints.${resolution}`),
                      }))}
                    />
                    <TextArea
                      name={`note-${payment.id}`}
                      label={t("attention.note")}
                      hint={t("attention.noteHint")}
                      error={own.note ? t(`attention.errors.${own.note}`) : undefined}
                      rows={3}
                      maxLength={2000}
                    />
                    <Button>{t("attention.submit", { number })}</Button>
                  </form>
                </div>
              );
            })}
          </>
        )}
      </PageSection>

      <PageSection id="queue-title" title={t("queueTitle")} headingClassName="mb-2 text-2xl">
        <p className="mb-6 max-w-prose">{t("lead")}</p>
        {queue.length === 0 ? <p>{t("empty")}</p> : null}
        <ul className="space-y-8">
          {queue.map((order) => (
            <li key={order.id} id={`order-${order.id}`} className="border border-line p-5">
              <h3 className="mb-1 text-xl">
                {t("orderTitle", { number: order.application.fileNumber, amount: money(order.totalCents) })}
              </h3>
              <p className="mb-1">{t("reference", { reference: order.reference })}</p>
              <p className="mb-4 text-muted">
                {order.application.user.firstName} {order.application.user.lastName} ({order.application.user.email}) –{" "}
                {t("since", { date: format.dateTime(order.createdAt, "long") })}
              </p>
              {order.application.status === "withdrawn" ? (
                <p className="mb-4 border-l-4 border-warning pl-4 font-semibold">{t("withdrawnNotice")}</p>
              ) : null}
              {order.payments.length > 0 ? (
                <ul className="mb-4 border-l-4 border-warning pl-4">
                  {order.payments.map((payment) => (
                    <li key={payment.id}>
                      {t("flaggedEntry", {
                        amount: money(payment.amountCents),
                        reference: (payment.providerReference ?? "").replace(/^manual:/, ""),
                      })}{" "}
                      –{" "}
                      <strong>
                        {t(`flags.${flagCodes.find((code) => code === payment.flaggedReason) ?? "amountMismatch"}`)}
                      </strong>
                    </li>
                  ))}
                </ul>
              ) : null}
              <form action={recordWireAction.bind(null, locale, order.id)} noValidate>
                {/* Each order's fields carry its id: several forms share the page, and ids must be unique. */}
                <RadioGroup
                  name={`method-${order.id}`}
                  label={t("method")}
                  inline
                  defaultValue="wire"
                  options={[
                    { value: "wire", label: t("wire") },
                    { value: "eft", label: t("eft") },
                  ]}
                />
                <TextField
                  name={`amount-${order.id}`}
                  label={t("amount")}
                  hint={t("amountHint")}
                  inputMode="decimal"
                  width="medium"
                />
                <DateField name={`receivedOn-${order.id}`} label={t("receivedOn")} />
                <TextField name={`bankReference-${order.id}`} label={t("bankReference")} width="medium" />
                <TextField
                  name={`quotedReference-${order.id}`}
                  label={t("quotedReference")}
                  hint={t("quotedReferenceHint")}
                  width="medium"
                />
                <Button>{t("record", { number: order.application.fileNumber })}</Button>
              </form>
            </li>
          ))}
        </ul>
      </PageSection>
    </>
  );
}
