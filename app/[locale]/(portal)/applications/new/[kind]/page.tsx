import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getMessages, getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { withDynamicKeys } from "@/lib/i18n/message-keys";
import { requireUser } from "@/lib/auth/guards";
import { listLinkedOrganisations } from "@/lib/entities/queries";
import { countOpenDrafts } from "@/lib/applications/queries";
import { MAX_OPEN_DRAFTS } from "@/lib/applications/commands";
import { getKindTranslations } from "@/lib/applications/kind-messages";
import { PageHeading } from "@/components/page-heading";
import { PageSection } from "@/components/page-section";
import { ClientMessages } from "@/components/client-messages";
import { fieldViews } from "@/components/applications/section-fields";
import { BackLink } from "../../[id]/_components/section-layout";
import { DraftLimitBanner } from "../_components/draft-limit-banner";
import { StartKindForm } from "./_components/start-form";
import { startKindAction } from "./actions";
import { cataloguedKind, startSectionOf, type CataloguedKind } from "./catalogued-kind";
import { otherApplicantChoice } from "./start-choices";

type Props = { params: Promise<{ locale: string; kind: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await resolveLocale(params);
  const kind = cataloguedKind((await params).kind);
  return kind ? { title: (await getKindTranslations(kind.messages))("title") } : {};
}

/**
 * A kind's start page: what it is, the rules to know before starting, and one form — who is
 * applying and the kind's first questions. The draft, with its file number, exists once they pass.
 */
export default async function StartKindPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const kind = cataloguedKind((await params).kind);
  if (!kind) notFound();
  const user = await requireUser(locale, `/applications/new/${kind.id}`);
  const t = await getKindTranslations(kind.messages);
  const tPage = await getTranslations("StartApplicationPage");
  const sectors = await getTranslations("KindCatalogue");
  const rules = await startRules(kind);
  const atDraftLimit = (await countOpenDrafts(user)) >= MAX_OPEN_DRAFTS;
  const other = otherApplicantChoice(kind);
  const entities =
    other === null
      ? []
      : (await listLinkedOrganisations(user)).map((entity) => ({ id: entity.id, name: entity.legalName }));
  const start = startSectionOf(kind);

  const header = (
    <>
      <PageHeading caption={sectors(`sectors.${kind.sector}`)} lead={t("start.lead")}>
        {t("title")}
      </PageHeading>
      {rules.points.length > 0 ? (
        <PageSection id="before-you-start" title={rules.title ?? tPage("beforeYouStart")} className="mb-8">
          <ul className="list-disc space-y-2 pl-6">
            {rules.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </PageSection>
      ) : null}
    </>
  );

  return (
    <div className="max-w-2xl">
      <BackLink href="/applications/new" />
      {atDraftLimit ? (
        <>
          {header}
          <DraftLimitBanner />
        </>
      ) : (
        <ClientMessages namespaces={["StartApplicationPage", kind.messages, "Choices", "Address"]}>
          {/* The error summary, inside the form's component, comes before the heading and rules. */}
          <StartKindForm
            header={header}
            action={startKindAction.bind(null, locale, kind.id)}
            other={other}
            entities={entities}
            personName={`${user.firstName} ${user.lastName}`}
            questions={
              start
                ? { title: t(`sections.${start.id}`), fields: fieldViews(start.fields), namespace: kind.messages }
                : null
            }
          />
        </ClientMessages>
      )}
    </div>
  );
}

/**
 * What the applicant must know before starting (a permit's deadlines): the kind's `start.points`,
 * in the order its messages list them, under its `start.pointsTitle` when it has one.
 */
async function startRules(kind: CataloguedKind): Promise<{ title: string | null; points: string[] }> {
  const t = withDynamicKeys(await getKindTranslations(kind.messages));
  const keys = pointKeys((await getMessages())[kind.messages]);
  return {
    title: t.has("start.pointsTitle") ? t("start.pointsTitle") : null,
    points: keys.filter((key) => t.has(`start.points.${key}`)).map((key) => t(`start.points.${key}`)),
  };
}

function pointKeys(messages: unknown): string[] {
  if (typeof messages !== "object" || messages === null || !("start" in messages)) return [];
  const { start } = messages;
  if (typeof start !== "object" || start === null || !("points" in start)) return [];
  const { points } = start;
  return typeof points === "object" && points !== null ? Object.keys(points) : [];
}
