import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { withDynamicKeys } from "@/lib/i18n/message-keys";
import { getKindTranslations } from "@/lib/applications/kind-messages";
import { translatedFieldErrors } from "@/components/applications/field-errors";
import { listItems } from "@/lib/applications/engine";
import { isUuid } from "@/lib/http/ids";
import { ErrorSummary } from "@/components/error-summary";
import { PageHeading } from "@/components/page-heading";
import { SectionFields } from "@/components/applications/section-fields";
import { loadOwnApplication } from "../../load";
import { saveItemAction } from "../../actions";
import { readFlash } from "@/lib/forms/flash";
import { BackLink, LastSaved, ReturnField, SectionButtons } from "../../_components/section-layout";

/** The form again after "Continue", showing what is missing (lib/forms/flash). */
const incompleteNotice = { error: ["incomplete"] } as const;

type Props = {
  params: Promise<{ locale: string; id: string; section: string; item: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { section, item } = await params;
  const { locale, application } = await loadOwnApplication(params, `/${section}/${item}`);
  const t = await getKindTranslations(application.kindDefinition.messages);
  // The segment comes from the URL: it may name no list.
  const items = withDynamicKeys(t);
  const key = `items.${section}.${item === "new" ? "addTitle" : "changeTitle"}`;
  const title = items.has(key) ? items(key) : t("title");
  const errors = readFlash(await searchParams, incompleteNotice) !== null;
  return {
    title: errors ? (await getTranslations({ locale, namespace: "ErrorSummary" }))("titlePrefix", { title }) : title,
  };
}

/** Add ("new") or change one item of a list section: a person, a manager, an area. */
export default async function ListItemPage({ params, searchParams }: Props) {
  const { section: sectionId, item: itemId } = await params;
  const query = await searchParams;
  const { locale, application } = await loadOwnApplication(params, `/${sectionId}/${itemId}`);
  const kind = application.kindDefinition;
  const section = kind.sections.find((candidate) => candidate.id === sectionId);
  if (!section || section.page !== "list" || !application.isEditable) notFound();
  const isNew = itemId === "new";
  const item = isNew ? {} : listItems(application.answers, sectionId).find((candidate) => candidate.id === itemId);
  if (!item || (!isNew && !isUuid(itemId))) notFound();

  const t = await getKindTranslations(kind.messages);
  const tPage = await getTranslations("SectionPage");
  const errors =
    readFlash(query, incompleteNotice) && !isNew
      ? await translatedFieldErrors(section.fields, item, kind.messages)
      : {};
  const listPath = `/applications/${application.id}/${sectionId}`;

  return (
    <div className="max-w-2xl">
      <BackLink href={listPath} />
      <ErrorSummary errors={Object.entries(errors).map(([field, message]) => ({ field, message }))} />
      <PageHeading
        caption={tPage("caption", {
          number: application.fileNumber,
          group: t(`sections.${section.id}`),
        })}
      >
        {t(`items.${section.id}.${isNew ? "addTitle" : "changeTitle"}`)}
      </PageHeading>
      {/* data-autosave: saved with "save and come back later" when the session times out (components/layout/session-timeout.tsx). */}
      <form
        action={saveItemAction.bind(null, locale, application.id, sectionId, isNew ? null : itemId)}
        noValidate
        data-autosave
      >
        <ReturnField returnTo={query.return} />
        <SectionFields fields={section.fields} values={item} errors={errors} namespace={kind.messages} />
        <LastSaved application={application} />
        <SectionButtons />
      </form>
    </div>
  );
}
