import { getTranslations } from "next-intl/server";
import { getKindTranslations } from "@/lib/applications/kind-messages";
import { applicableSections } from "@/lib/applications/engine";
import type { StaffFile } from "@/lib/applications/review";
import { answerRows } from "@/components/applications/answer-rows";
import { SummaryList } from "@/components/summary-list";

/**
 * Every answer of the file, section by section, its documents downloadable: the sections its
 * answers called for (a private event's file has no public event's questions).
 */
export async function AnswersSection({ file }: { file: StaffFile }) {
  const t = await getTranslations("AdminApplicationPage");
  const tKind = await getKindTranslations(file.kindDefinition.messages);
  const sections = applicableSections(file.kindDefinition, file.answers);
  const rows = await Promise.all(sections.map((section) => answerRows(section, file, { documentLinks: true })));
  return (
    <>
      <h2 className="mb-4 text-3xl">{t("answersTitle")}</h2>
      {sections.map((section, index) => (
        <section key={section.id} aria-labelledby={`answers-${section.id}`}>
          <h3 id={`answers-${section.id}`} className="mb-2 text-xl">
            {tKind(`sections.${section.id}`)}
          </h3>
          <SummaryList rows={rows[index] ?? []} />
        </section>
      ))}
    </>
  );
}
