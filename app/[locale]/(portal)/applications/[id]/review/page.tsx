import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { applicableSections, type MissingItem } from "@/lib/applications/engine";
import type { RuleBreach } from "@/lib/applications/outcome";
import type { AppLocale } from "@/lib/i18n/routing";
import { ruleBreachText } from "@/components/applications/rule-breach";
import { getKindTranslations } from "@/lib/applications/kind-messages";
import type { KindNamespace, PortalKind, PortalNames } from "@/lib/applications/kinds/names";
import { Link } from "@/lib/i18n/navigation";
import { Button, ButtonLink } from "@/components/button";
import { submitWithoutFeeAction } from "../actions";
import { PageHeading } from "@/components/page-heading";
import { SummaryList } from "@/components/summary-list";
import { answerRows } from "@/components/applications/answer-rows";
import { RenewalChangesSummary } from "@/components/applications/renewal-changes";
import { renewalChangesOf } from "@/lib/applications/on-licence";
import { loadOwnApplication } from "../load";
import { BackLink } from "../_components/section-layout";
import { PageSection } from "@/components/page-section";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "ReviewPage" }))("title") };
}

/**
 * "Check your answers": every answer with a Change link that comes back here, and everything still
 * missing or breaking one of the kind's rules listed first, each linked to where it is fixed — the
 * answer to "why can't I continue?".
 */
export default async function ReviewPage({ params }: Props) {
  const { locale, application } = await loadOwnApplication(params, "/review");
  if (!application.isEditable) notFound();
  const kind = application.kindDefinition;
  const t = await getTranslations("ReviewPage");
  const tKind = await getKindTranslations(kind.messages);
  const base = `/applications/${application.id}`;
  // What stands between the applicant and the fees: answers still missing, and rules the answers break.
  const toPutRight = application.missing.length + application.breaches.length;
  // Only what the answers call for: a private event is not asked a public event's questions.
  const sections = applicableSections(kind, application.answers);
  const rows = await Promise.all(sections.map((section) => answerRows(section, application, { changeBase: base })));

  return (
    <div className="max-w-4xl">
      <BackLink href={base} />
      <PageHeading
        caption={t("caption", { number: application.fileNumber })}
        lead={application.free ? t("leadNoFee") : t("lead")}
      >
        {t("title")}
      </PageHeading>
      {toPutRight > 0 ? (
        <PageSection
          id="missing-title"
          title={
            application.breaches.length === 0
              ? t("missingTitle", { count: toPutRight })
              : t("toPutRightTitle", { count: toPutRight })
          }
          className="mb-10 border-l-4 border-warning bg-warning-bg p-5"
          headingClassName="mb-2 text-2xl"
        >
          <p className="mb-3">{application.free ? t("missingLeadNoFee") : t("missingLead")}</p>
          <ul className="list-disc space-y-1 pl-6">
            {application.missing.map((item, index) => (
              <li key={`missing-${index}`}>
                <MissingLink item={item} base={base} namespace={kind.messages} />
              </li>
            ))}
            {application.breaches.map((breach, index) => (
              <li key={`breach-${index}`}>
                <BreachLink breach={breach} base={base} kind={kind} locale={locale} />
              </li>
            ))}
          </ul>
        </PageSection>
      ) : null}

      <RenewalChangesSummary changes={await renewalChangesOf(application)} />
      {sections.map((section, index) => (
        <PageSection
          key={section.id}
          id={`review-${section.id}`}
          title={tKind(`sections.${section.id}`)}
          headingClassName="mb-3 text-2xl"
        >
          <SummaryList rows={rows[index] ?? []} />
        </PageSection>
      ))}

      {application.canSubmit && application.free ? (
        <form action={submitWithoutFeeAction.bind(null, locale, application.id)}>
          <p className="mb-4 max-w-prose">{t("noFee")}</p>
          <Button>{t("submit")}</Button>
        </form>
      ) : application.canSubmit ? (
        <ButtonLink href={`${base}/fees`}>{t("continueToFees")}</ButtonLink>
      ) : (
        <p className="font-semibold">{application.free ? t("cannotSubmit") : t("cannotContinue")}</p>
      )}
    </div>
  );
}

async function MissingLink({
  item,
  base,
  namespace,
}: {
  item: MissingItem<PortalNames>;
  base: string;
  namespace: KindNamespace;
}) {
  const t = await getTranslations("ReviewPage");
  const tKind = await getKindTranslations(namespace);
  switch (item.type) {
    case "section":
      return (
        <Link href={`${base}/${item.section}?return=review`}>
          {t("missingSection", { section: tKind(`sections.${item.section}`) })}
        </Link>
      );
    case "document":
      return (
        <Link href={`${base}/${item.section}#${item.requirement}`}>
          {t("missingDocument", { document: tKind(`documentTitles.${item.requirement}`) })}
        </Link>
      );
    case "disclosure":
      return <Link href={`${base}/${item.section}`}>{t("missingDisclosure", { name: item.name })}</Link>;
    case "businessOnFile":
      return t.rich("missingBusinessOnFile", {
        profile: (chunks) => <Link href="/profile#access-codes">{chunks}</Link>,
        answer: (chunks) => <Link href={`${base}/${item.section}?return=review`}>{chunks}</Link>,
      });
  }
}

/**
 * A rule of the kind that the answers break (`rules.<rule>` in the kind's messages), linked to the
 * section where it is put right, with a calendar day among its values in the reader's words; a
 * rule the messages lack still says that something must be put right.
 */
async function BreachLink({
  breach,
  base,
  kind,
  locale,
}: {
  breach: RuleBreach;
  base: string;
  kind: PortalKind;
  locale: AppLocale;
}) {
  const text = await ruleBreachText(breach, kind.messages, locale);
  const section = kind.sections.find((candidate) => candidate.id === breach.section);
  return section ? <Link href={`${base}/${section.id}?return=review`}>{text}</Link> : text;
}
