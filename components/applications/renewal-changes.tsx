import { getTranslations } from "next-intl/server";
import { hasChanges, type RenewalChanges } from "@/lib/applications/renewal-changes";
import { SummaryList, type SummaryRow } from "@/components/summary-list";
import { PageSection } from "@/components/page-section";

/** The renewal's "what changed since the last licence" (lib/applications/renewal.ts reads it). */
export async function RenewalChangesSummary({ changes }: { changes: RenewalChanges | null }) {
  if (!changes) return null;
  const t = await getTranslations("RenewalChanges");
  const rows: SummaryRow[] = [];
  if (changes.information)
    rows.push({ key: t("information"), value: <span className="whitespace-pre-line">{changes.information}</span> });
  if (changes.peopleAdded.length) rows.push({ key: t("peopleAdded"), value: changes.peopleAdded.join(", ") });
  if (changes.peopleRemoved.length) rows.push({ key: t("peopleRemoved"), value: changes.peopleRemoved.join(", ") });
  if (changes.entitiesAdded.length) rows.push({ key: t("entitiesAdded"), value: changes.entitiesAdded.join(", ") });
  if (changes.entitiesRemoved.length)
    rows.push({ key: t("entitiesRemoved"), value: changes.entitiesRemoved.join(", ") });
  if (changes.managersRemoved.length)
    rows.push({ key: t("managerRemovals"), value: changes.managersRemoved.join(", ") });
  if (changes.managersAdded.length) rows.push({ key: t("managersAdded"), value: changes.managersAdded.join(", ") });
  if (changes.term) rows.push({ key: t("term"), value: t("termValue", changes.term) });
  return (
    <PageSection id="changes-title" title={t("title")} className="mb-10" headingClassName="mb-3 text-2xl">
      {hasChanges(changes) ? <SummaryList rows={rows} /> : <p>{t("none")}</p>}
    </PageSection>
  );
}
