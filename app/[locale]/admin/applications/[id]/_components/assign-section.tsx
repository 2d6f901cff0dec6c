import { getTranslations } from "next-intl/server";
import type { StaffFile } from "@/lib/applications/review";
import type { AppLocale } from "@/lib/i18n/routing";
import { Button } from "@/components/button";
import { SelectField } from "@/components/field";
import { assignAction } from "../actions";
import { PageSection } from "@/components/page-section";

type Reviewer = { id: string; firstName: string; lastName: string };

/** Handing the file to a reviewer, or back to nobody. */
export async function AssignSection({
  file,
  reviewers,
  locale,
}: {
  file: StaffFile;
  reviewers: readonly Reviewer[];
  locale: AppLocale;
}) {
  const t = await getTranslations("AdminApplicationPage");
  return (
    <PageSection id="assign-title" title={t("assignTitle")} className="mb-10" headingClassName="mb-3 text-2xl">
      <form action={assignAction.bind(null, locale, file.id)} className="flex flex-wrap items-end gap-4">
        <SelectField
          name="assignee"
          label={t("assignee")}
          placeholder={t("unassigned")}
          defaultValue={file.assignedTo?.id ?? ""}
          options={reviewers.map((reviewer) => ({
            value: reviewer.id,
            label: `${reviewer.firstName} ${reviewer.lastName}`,
          }))}
        />
        <div className="mb-6">
          <Button variant="secondary">{t("assign")}</Button>
        </div>
      </form>
    </PageSection>
  );
}
