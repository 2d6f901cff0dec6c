import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/server";
import type { listAccountsWithAccess } from "@/lib/entities/queries";
import { Link } from "@/lib/i18n/navigation";
import { PageSection } from "@/components/page-section";

type Accounts = NonNullable<Awaited<ReturnType<typeof listAccountsWithAccess>>>;

/**
 * Who sees this licence in the portal: every account linked to its holder. Anyone may be asked off
 * through customer service (an inquiry, pre-filled), as the holder is responsible for who has access.
 */
export async function AccessSection({ entityId, accounts }: { entityId: string; accounts: Accounts | null }) {
  if (!accounts) return null;
  const t = await getTranslations("LicencePage");
  const terms = await getTranslations("Terms");
  const format = await getFormatter();
  return (
    <PageSection id="access-title" title={t("accessTitle")} className="mb-10">
      <p className="mb-4 max-w-prose">{t("accessIntro")}</p>
      <ul className="mb-4 border-t border-line">
        {accounts.map((account) => (
          <li
            key={account.id}
            className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1 border-b border-line py-3"
          >
            <span>
              <span className="font-semibold">
                {account.isActor ? t("accessYou", { name: account.name }) : account.name}
              </span>
              <span className="block text-sm text-muted">
                {t("accessSince", {
                  via: terms(`linkVia.${account.via}`),
                  date: format.dateTime(account.createdAt, "day"),
                })}
              </span>
            </span>
            {account.isActor ? null : (
              <Link
                href={`/inquiries/new?subject=remove_person&entity=${entityId}&link=${account.id}`}
                className="inline-block py-0.5"
              >
                {t("accessEnd")}
                <span className="sr-only"> {account.name}</span>
              </Link>
            )}
          </li>
        ))}
      </ul>
    </PageSection>
  );
}
