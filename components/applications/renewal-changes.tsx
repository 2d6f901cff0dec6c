import { getTranslations } from "next-intl/server";
import { hasChanges, type RenewalChanges } from "@/lib/applications/renewal-changes";
import { SummaryList, type SummaryRow } from "@/components/summary-list";

/** The renewal's "what changed since the last licence" (lib/applications/renewal.ts reads it). */
export async function RenewalChangesSummary({ changes }: { changes: RenewalChanges | null }) {
  if (!changes) return null;
  const t = await getTranslations("RenewalChanges");
  const rows: SummaryRow[] = [];
  if (changes.information)
    rows.push({ key: t("information"), value: <span className="whitespace-pre-line">{changes.information}</span> });
  if (changes.peopleAdded.length) rows.push({ key: t("peopleAdded"), value: changes.peopleAdded.join(", ") });
  if (changes.peopleRemoved.length) rows.push({ key: t("peopleRemoved"), value: changes.peopleRemoved.join(", ") });
  if (changes.managerRemovals)
    rows.push({
      key: t("managerRemovals"),
      value: <span className="whitespace-pre-line">{changes.managerRemovals}</span>,
    });
  if (changes.managersAdded)
    rows.push({ key: t("managersAdded"), value: <span className="whitespace-pre-line">{changes.managersAdded}</span> });
  if (changes.term) rows.push({ key: t("term"), value: t("termValue", changes.term) });
  return (
    <section aria-labelledby="changes-title" className="mb-10">
      <h2 id="changes-title" className="mb-3 text-2xl">
        {t("title")}
      </h2>
      {hasChanges(changes) ? <SummaryList rows={rows} /> : <p>{t("none")}</p>}
    </section>
  );
}
