import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { applicableFields } from "@/lib/applications/fields";
import { itemLabel, listItems, type MissingItem, type SectionDefinition } from "@/lib/applications/engine";
import type { ApplicationView } from "@/lib/applications/data";
import { Link } from "@/lib/i18n/navigation";
import { ButtonLink } from "@/components/button";
import { PageHeading } from "@/components/page-heading";
import { SummaryList, type SummaryRow } from "@/components/summary-list";
import { AnswerValue } from "@/components/applications/answer-value";
import { loadOwnApplication } from "../load";
import { BackLink } from "../_components/section-layout";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "ReviewPage" }))("title") };
}

/**
 * "Check your answers": every answer with a Change link that comes back here, and everything still
 * missing listed first, each linked to where it is fixed — the answer to "why can't I continue?".
 */
export default async function ReviewPage({ params }: Props) {
  const { application } = await loadOwnApplication(params, "/review");
  if (!application.isEditable) notFound();
  const kind = application.kindDefinition;
  const t = await getTranslations("ReviewPage");
  const tKind = await getTranslations(kind.messages as "LiquorSalesApplication");
  const base = `/applications/${application.id}`;
  const rows = await Promise.all(kind.sections.map((section) => rowsOf(section, application, base)));

  return (
    <div className="max-w-4xl">
      <BackLink href={base} />
      <PageHeading caption={t("caption", { number: application.fileNumber })} lead={t("lead")}>{t("title")}</PageHeading>
      {application.missing.length > 0 ? (
        <section aria-labelledby="missing-title" className="mb-10 border-l-4 border-warning bg-warning-bg p-5">
          <h2 id="missing-title" className="mb-2 text-2xl">{t("missingTitle", { count: application.missing.length })}</h2>
          <p className="mb-3">{t("missingLead")}</p>
          <ul className="list-disc space-y-1 pl-6">
            {application.missing.map((item, index) => (
              <li key={index}>
                <MissingLink item={item} base={base} namespace={kind.messages} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {kind.sections.map((section, index) => (
        <section key={section.id} aria-labelledby={`review-${section.id}`}>
          <h2 id={`review-${section.id}`} className="mb-3 text-2xl">{tKind(`sections.${section.id as "term"}`)}</h2>
          <SummaryList rows={rows[index] ?? []} />
        </section>
      ))}

      {application.missing.length === 0 ? (
        <ButtonLink href={`${base}/fees`}>{t("continueToFees")}</ButtonLink>
      ) : (
        <p className="font-semibold">{t("cannotContinue")}</p>
      )}
    </div>
  );
}

async function MissingLink({ item, base, namespace }: { item: MissingItem; base: string; namespace: string }) {
  const t = await getTranslations("ReviewPage");
  const tKind = await getTranslations(namespace as "LiquorSalesApplication");
  switch (item.type) {
    case "section":
      return <Link href={`${base}/${item.section}?return=review`}>{t("missingSection", { section: tKind(`sections.${item.section as "term"}`) })}</Link>;
    case "document":
      return <Link href={`${base}/${item.section}#${item.requirement}`}>{t("missingDocument", { document: tKind(`documentTitles.${item.requirement as "floorPlan"}`) })}</Link>;
    case "disclosure":
      return <Link href={`${base}/${item.section}`}>{t("missingDisclosure", { name: item.name })}</Link>;
  }
}

async function rowsOf(section: SectionDefinition, application: ApplicationView, base: string): Promise<SummaryRow[]> {
  const kind = application.kindDefinition;
  const t = await getTranslations("ReviewPage");
  const tKind = await getTranslations(kind.messages as "LiquorSalesApplication");
  const tSection = await getTranslations("SectionPage");
  const format = await getFormatter();
  const label = (name: string) => tKind(`fields.${name as "email"}.label`);
  const change = (href: string, hidden: string) => ({ href, label: t("change"), hiddenLabel: hidden });

  if (section.page === "form") {
    const values = application.answers[section.id] ?? {};
    return applicableFields(section.fields, values).map((field) => ({
      key: label(field.name),
      value: (
        <>
          <AnswerValue field={field} value={values[field.name]} namespace={kind.messages} />
          {section.id === kind.termAnswer.section && application.fee ? (
            <span className="block text-muted">{t("fee", { fee: format.number(application.fee.feeCents / 100, "money") })}</span>
          ) : null}
        </>
      ),
      action: change(`${base}/${section.id}?return=review`, label(field.name)),
    }));
  }
  if (section.page === "list") {
    const items = listItems(application.answers, section.id);
    if (items.length === 0) return [{ key: tKind(`sections.${section.id as "term"}`), value: tSection("notAnswered"), action: change(`${base}/${section.id}?return=review`, tKind(`sections.${section.id as "term"}`)) }];
    return items.map((item) => {
      const name = itemLabel(section, item) || tSection("unnamed");
      const details = section.fields.filter((field) => !section.labelFields.includes(field.name) && item[field.name] !== undefined);
      const disclosure = section.disclosures ? application.facts.disclosures[item.id] : undefined;
      return {
        key: name,
        value: (
          <>
            {details.map((field) => (
              <span key={field.name} className="block">
                {tSection("labelled", { label: label(field.name) })} <AnswerValue field={field} value={item[field.name]} namespace={kind.messages} />
              </span>
            ))}
            {section.disclosures ? <span className="block font-semibold">{tSection(`itemStates.${disclosure?.status ?? "notSent"}`)}</span> : null}
          </>
        ),
        action: change(`${base}/${section.id}/${item.id}?return=review`, name),
      };
    });
  }
  return application.requiredDocuments.map((requirement) => {
    const files = application.documents.filter((document) => document.requirement === requirement.id);
    const title = tKind(`documentTitles.${requirement.id as "floorPlan"}`);
    return {
      key: title,
      value: files.length > 0 ? files.map((file) => <span key={file.id} className="block">{file.originalName}</span>) : <span className="text-muted">{t("notUploaded")}</span>,
      action: change(`${base}/${section.id}#${requirement.id}`, title),
    };
  });
}
