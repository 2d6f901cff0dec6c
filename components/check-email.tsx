import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/page-heading";

/**
 * "Check your e-mail", after a registration or a reset request. It reads the same whether or not
 * the address has an account, so the page tells nobody which addresses are registered.
 */
export async function CheckEmail({
  sent,
  retryHref,
}: {
  sent: "registered" | "resetRequested";
  retryHref: "/register" | "/forgot-password";
}) {
  const t = await getTranslations("CheckEmailPage");
  return (
    <div className="max-w-2xl">
      <PageHeading>{t("title")}</PageHeading>
      <p className="mb-4">{t(sent)}</p>
      <p className="mb-4">{t("spam")}</p>
      <p>{t.rich("notReceived", { link: (chunks) => <Link href={retryHref}>{chunks}</Link> })}</p>
    </div>
  );
}
