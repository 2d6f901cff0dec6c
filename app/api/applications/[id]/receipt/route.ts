import { hasLocale } from "next-intl";
import { getCurrentUser } from "@/lib/auth/session";
import { auditStaffDownload } from "@/lib/audit";
import { clientIp } from "@/lib/http/client-ip";
import { securityLog } from "@/lib/security/log";
import { getApplication } from "@/lib/applications/queries";
import { getOrder } from "@/lib/payments/orders";
import { renderReceiptPdf } from "@/lib/payments/receipt";
import { routing } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";

/**
 * The receipt of a paid order, as a PDF in the asked language (else the reader's). Its payer, and
 * staff who reconcile payments (audited); anyone else gets the same 404 as for an order that does not exist.
 */
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

const notFound = () => Response.json({ error: "not found" }, { status: 404, headers: { "Cache-Control": "no-store" } });

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return notFound();
  const { id } = await params;
  const [application, order] = await Promise.all([getApplication(user, id), getOrder(user, id)]);
  if (!application || !order || order.status !== "paid" || !order.paidAt) {
    if (!order)
      securityLog({
        event: "id.refused",
        account: user.id,
        ip: clientIp(request.headers),
        outcome: "refused",
        detail: "receipt",
      });
    return notFound();
  }
  const asked = new URL(request.url).searchParams.get("locale");
  const locale = hasLocale(routing.locales, asked) ? asked : user.locale;
  const t = translatorFor(locale);
  const paid = order.payments.find((payment) => payment.status === "succeeded");
  const method =
    paid?.method === "card"
      ? t("Receipt.card", { brand: paid.cardBrand === "mastercard" ? "Mastercard" : "Visa" })
      : t(`Receipt.${paid?.method === "eft" ? "eft" : "wire"}`);
  const pdf = await renderReceiptPdf(
    {
      fileNumber: application.fileNumber,
      kindTitle: t(`${application.kindDefinition.messages}.title`),
      reference: order.reference,
      items: order.items,
      totalCents: order.totalCents,
      paidAt: order.paidAt,
      method,
      payer: `${order.user.firstName} ${order.user.lastName}`,
    },
    locale,
  );
  if (order.userId !== user.id)
    await auditStaffDownload(user, "receipt.downloaded_by_staff", { type: "order", id: order.id });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${locale === "fr" ? "recu" : "receipt"}-${order.reference}.pdf"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
