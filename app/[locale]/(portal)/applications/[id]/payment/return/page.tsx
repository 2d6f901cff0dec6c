import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { getCurrentUser } from "@/lib/auth/session";
import { findReturningPayment } from "@/lib/payments/card";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/page-heading";
import { loadOwnApplication } from "../../load";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "PaymentReturnPage" }))("title") };
}

/**
 * Back from the checkout. It only reads what the webhook (or the sandbox) recorded: a session id
 * in the URL proves nothing, and a fake or foreign one finds nothing.
 */
export default async function PaymentReturnPage({ params, searchParams }: Props) {
  const { locale, application } = await loadOwnApplication(params, "/payment");
  const query = await searchParams;
  const user = await getCurrentUser();
  const payment = user
    ? await findReturningPayment(user, application.id, { paymentId: query.payment, sessionId: query.session_id })
    : null;
  const base = `/${locale}/applications/${application.id}`;
  if (payment?.status === "succeeded") redirect(`${base}/confirmation`);
  if (payment?.status === "failed") redirect(`${base}/payment`);
  const t = await getTranslations("PaymentReturnPage");
  return (
    <div className="max-w-2xl">
      <PageHeading lead={payment ? t("pendingLead") : t("unknownLead")}>
        {payment ? t("title") : t("unknownTitle")}
      </PageHeading>
      <p className="mb-6">
        <Link
          href={
            payment
              ? `/applications/${application.id}/payment/return?${new URLSearchParams(query.payment ? { payment: query.payment } : { session_id: query.session_id ?? "" })}`
              : `/applications/${application.id}/payment`
          }
        >
          {payment ? t("refresh") : t("backToPayment")}
        </Link>
      </p>
    </div>
  );
}
