import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

/** Closing the account goes through an inquiry. */
export function CloseAccountSection() {
  const t = useTranslations("ProfilePage");
  return (
    <section aria-labelledby="close-title">
      <h2 id="close-title" className="mb-3 text-2xl">
        {t("closeTitle")}
      </h2>
      <p className="max-w-prose">
        {t.rich("closeBody", { link: (chunks) => <Link href="/inquiries/new?subject=close_account">{chunks}</Link> })}
      </p>
    </section>
  );
}
