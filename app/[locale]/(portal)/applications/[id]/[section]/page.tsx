import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { withDynamicKeys } from "@/lib/i18n/message-keys";
import { getKindTranslations } from "@/lib/applications/kind-messages";
import { translatedFieldErrors } from "@/components/applications/field-errors";
import { previousSection } from "@/lib/applications/engine";
import { Link } from "@/lib/i18n/navigation";
import { ErrorSummary } from "@/components/error-summary";
import { PageHeading } from "@/components/page-heading";
import { SectionFields } from "@/components/applications/section-fields";
import { loadOwnApplication } from "../load";
import { readFlash } from "@/lib/forms/flash";
import { saveSectionAction } from "../actions";
import { BackLink, LastSaved, ReturnField, SectionButtons, type SectionPageProps } from "../_components/section-layout";
import { ListSectionPage } from "../_components/list-section";
import { DocumentsSectionPage } from "../_components/documents-section";
import { formatMoney } from "@/lib/i18n/format";
import { getLicence } from "@/lib/licences/queries";
import { LicenceParticulars } from "@/components/licences/licence-particulars";

/** The form again after "Continue", showing what is missing (lib/forms/flash). */
const incompleteNotice = { error: ["incomplete"] } as const;

type Props = {
  params: Promise<{ locale: string; id: string; section: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { section } = await params;
  const { locale, application } = await loadOwnApplication(params, `/${section}`);
  const t = await getKindTranslations(application.kindDefinition.messages);
  // The segment comes from the URL: it may name no section.
  const sections = withDynamicKeys(t);
  const title = sections.has(`sections.${section}`) ? sections(`sections.${section}`) : t("title");
  const errors = readFlash(await searchParams, incompleteNotice) !== null;
  return {
    title: errors ? (await getTranslations({ locale, namespace: "ErrorSummary" }))("titlePrefix", { title }) : title,
  };
}

/**
 * One section of an application. A form section is one small topic; lists (people, areas) and
 * documents have their own page. "Continue" saves first, then shows what is still missing.
 */
export default async function SectionPage({ params, searchParams }: Props) {
  const { section: sectionId } = await params;
  const query = await searchParams;
  const { locale, user, application } = await loadOwnApplication(params, `/${sectionId}`);
  const kind = application.kindDefinition;
  const section = kind.sections.find((candidate) => candidate.id === sectionId);
  if (!section) notFound();
  const base = `/applications/${application.id}`;
  if (!application.isEditable) notFound();

  const t = await getKindTranslations(kind.messages);
  const tPage = await getTranslations("SectionPage");
  const previous = previousSection(kind, sectionId, application.answers);
  const back = query.return === "review" ? `${base}/review` : previous ? `${base}/${previous.id}` : base;
  const caption = tPage("caption", {
    number: application.fileNumber,
    group: t(`groups.${section.groupKey}`),
  });

  // "Cannot start yet": say what comes first rather than show questions that depend on it.
  const waitingFor = (section.requires ?? []).filter(
    (required) => application.sections.find((state) => state.id === required)?.status !== "completed",
  );
  if (waitingFor.length > 0) {
    return (
      <div className="max-w-2xl">
        <BackLink href={base} />
        <PageHeading caption={caption} lead={tPage("cannotStartLead")}>
          {t(`sections.${section.id}`)}
        </PageHeading>
        <ul className="list-disc space-y-1 pl-6">
          {waitingFor.map((required) => (
            <li key={required}>
              <Link href={`${base}/${required}`}>{t(`sections.${required}`)}</Link>
            </li>
          ))}
        </ul>
      </div>
    );
  }

  const pageProps: Omit<SectionPageProps<unknown>, "section"> = { application, query, back, caption, locale };
  if (section.page === "list") return <ListSectionPage section={section} {...pageProps} />;
  if (section.page === "documents") return <DocumentsSectionPage section={section} {...pageProps} />;

  const values = application.answers[sectionId] ?? {};
  const errors = readFlash(query, incompleteNotice)
    ? await translatedFieldErrors(section.fields, values, kind.messages)
    : {};
  // A page of one choice (radio buttons or checkboxes) asks it as its h1.
  const only = section.fields.length === 1 ? section.fields[0] : undefined;
  const single = only?.control === "radio" || only?.control === "checkboxes" ? only.name : undefined;
  const licence = section.showsLicence && application.licenceId ? await getLicence(user, application.licenceId) : null;

  return (
    <div className="max-w-2xl">
      <BackLink href={back} />
      <ErrorSummary errors={Object.entries(errors).map(([field, message]) => ({ field, message }))} />
      {single ? (
        <p className="mb-1 text-lg text-muted">{caption}</p>
      ) : (
        <PageHeading caption={caption}>{t(`sections.${section.id}`)}</PageHeading>
      )}
      {licence ? (
        <section aria-labelledby="licence-on-file" className="mb-8">
          <LicenceParticulars
            licence={licence}
            locale={locale}
            title={tPage("licenceOnFile", { number: licence.number })}
            headingId="licence-on-file"
          />
        </section>
      ) : null}
      {/* data-autosave: saved with "save and come back later" when the session times out (components/layout/session-timeout.tsx). */}
      <form action={saveSectionAction.bind(null, locale, application.id, sectionId)} noValidate data-autosave>
        <ReturnField returnTo={query.return} />
        <SectionFields
          fields={section.fields}
          values={values}
          errors={errors}
          namespace={kind.messages}
          headingField={single}
        />
        {sectionId === kind.termAnswer?.section ? <TermFees application={application} /> : null}
        <LastSaved application={application} />
        <SectionButtons />
      </form>
    </div>
  );
}

/** The fee of each term, beside the choice (SPEC §7: the fees differ). */
async function TermFees({
  application,
}: {
  application: Awaited<ReturnType<typeof loadOwnApplication>>["application"];
}) {
  const t = await getTranslations("SectionPage");
  const locale = await getLocale();
  return (
    <dl className="mb-6 max-w-md border-t border-line">
      {application.termFees.map((term) => (
        <div key={term.years} className="flex justify-between border-b border-line py-2">
          <dt>{t("termYears", { years: term.years })}</dt>
          <dd className="font-semibold">{formatMoney(term.feeCents, locale)}</dd>
        </div>
      ))}
    </dl>
  );
}
