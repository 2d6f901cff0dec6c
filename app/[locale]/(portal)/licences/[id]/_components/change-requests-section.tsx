import { getTranslations } from "next-intl/server";
import type { listChangeRequestsForLicence } from "@/lib/licences/change-requests";
import { PageSection } from "@/components/page-section";

type ChangeRequest = Awaited<ReturnType<typeof listChangeRequestsForLicence>>[number];

/** The changes asked for on this licence and where each stands, where there are any. */
export async function ChangeRequestsSection({ changes }: { changes: readonly ChangeRequest[] }) {
  if (changes.length === 0) return null;
  const t = await getTranslations("LicencePage");
  return (
    <PageSection id="changes-title" title={t("changesTitle")}>
      <ul className="space-y-3">
        {changes.map((change) => (
          <li key={change.id} className="border border-line px-4 py-3">
            <p className="font-semibold">
              {change.reference} – {t(`changeKinds.${change.kind}`)} – {t(`changeStatuses.${change.status}`)}
            </p>
            <p className="whitespace-pre-line">{change.description}</p>
            {change.staffReply ? (
              <p className="mt-2 whitespace-pre-line border-l-4 border-success pl-3">
                <span className="block text-sm font-semibold">{t("staffReply")}</span>
                {change.staffReply}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </PageSection>
  );
}
