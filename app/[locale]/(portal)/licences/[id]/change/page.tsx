import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requireUser } from "@/lib/auth/guards";
import { getChangeFormFacts } from "@/lib/change-requests/requests";
import { addressText, isRequestableKind, type RequestableKind } from "@/lib/licences/change-proposals";
import { applicationKinds } from "@/lib/applications/registry";
import { MAX_DOCUMENT_BYTES, MAX_DOCUMENTS_PER_REQUIREMENT } from "@/lib/documents/rules";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { PageHeading } from "@/components/page-heading";
import { ClientMessages } from "@/components/client-messages";
import { ErrorSummary } from "@/components/error-summary";
import { NotificationBanner } from "@/components/notification-banner";
import { RadioGroup } from "@/components/field";
import { Button } from "@/components/button";
import { ChangeRequestForm } from "./_components/change-request-form";
import { createChangeRequestAction } from "./actions";
import { startChangeAction } from "../actions";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ kind?: string | string[]; step?: string | string[] }>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const title = (await getTranslations({ locale, namespace: "ChangeRequestPage" }))("metaTitle");
  // The kind's page was asked for without a kind: the page shows its error, and its title says so first.
  const query = await searchParams;
  const missingKind = query.step === "kind" && !isRequestableKind(query.kind);
  const summary = await getTranslations({ locale, namespace: "ErrorSummary" });
  return { title: missingKind ? summary("titlePrefix", { title }) : title };
}

/**
 * "Request a change": first the kind of change (a plain GET form, so it works without JavaScript),
 * then that kind's own questions, an explanation and documents. Only the licence's holders reach it.
 */
export default async function ChangeRequestPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const user = await requireUser(locale, `/licences/${id}/change`);
  const licence = await getChangeFormFacts(user, id);
  if (!licence) notFound();
  const t = await getTranslations("ChangeRequestPage");
  const query = await searchParams;
  const asked = typeof query.kind === "string" ? query.kind : undefined;
  const kind = isRequestableKind(asked) && licence.kinds.includes(asked) ? asked : null;
  const base = `/licences/${licence.id}/change`;

  if (!kind) {
    const chooseError = query.step === "kind" ? t("errors.kind") : undefined;
    return (
      <div className="max-w-2xl">
        <p className="mb-6">
          <Link href={`/licences/${licence.id}`} className="inline-flex min-h-6 items-center gap-1">
            <span aria-hidden="true">‹</span> {t("backToLicence", { number: licence.number })}
          </Link>
        </p>
        {chooseError ? (
          <ClientMessages namespaces={["ErrorSummary"]}>
            <ErrorSummary errors={[{ field: "kind", message: chooseError }]} />
          </ClientMessages>
        ) : null}
        <p className="mb-1 text-lg text-muted">{t("caption", { number: licence.number })}</p>
        <form method="get" action={`/${locale}${base}`} noValidate>
          <input type="hidden" name="step" value="kind" />
          <RadioGroup
            name="kind"
            label={t("title")}
            isPageHeading
            hint={t("lead")}
            error={chooseError}
            options={licence.kinds.map((option) => ({
              value: option,
              label: t(`kinds.${option}`),
              hint: t(`kindHints.${option}`),
            }))}
          />
          <Button>{t("continue")}</Button>
        </form>
      </div>
    );
  }

  const offersApplication =
    (kind === "licensed_area" || kind === "other") && applicationKinds.onLicence(licence.kind, "change") !== null;
  return (
    <div className="max-w-2xl">
      <p className="mb-6">
        <Link href={base} className="inline-flex min-h-6 items-center gap-1">
          <span aria-hidden="true">‹</span> {t("back")}
        </Link>
      </p>
      <PageHeading caption={t("caption", { number: licence.number })} lead={t(`leads.${kind}`)}>
        {t(`titles.${kind}`)}
      </PageHeading>
      {offersApplication ? <ChangeApplicationNotice licenceId={licence.id} locale={locale} kind={kind} /> : null}
      <ClientMessages namespaces={["ChangeRequestPage", "Address", "Choices"]}>
        <ChangeRequestForm
          action={createChangeRequestAction.bind(null, locale, licence.id, kind)}
          kind={kind}
          current={{
            address: addressText(licence.facts.premisesAddress),
            operatingName: licence.facts.operatingName,
            email: licence.facts.email,
            phone: licence.facts.phone,
          }}
          areas={licence.facts.areas.map((area) => ({ id: area.id, name: area.name, capacity: area.capacity }))}
          limits={{ size: MAX_DOCUMENT_BYTES / (1024 * 1024), count: MAX_DOCUMENTS_PER_REQUIREMENT }}
        />
      </ClientMessages>
    </div>
  );
}

/** Areas with a fee go through the kind's change application: said, with the button that starts it. */
async function ChangeApplicationNotice({
  licenceId,
  locale,
  kind,
}: {
  licenceId: string;
  locale: AppLocale;
  kind: RequestableKind;
}) {
  const t = await getTranslations("ChangeRequestPage");
  return (
    <NotificationBanner title={t("changeApplication.title")}>
      <p>{t(kind === "licensed_area" ? "changeApplication.areas" : "changeApplication.other")}</p>
      <form action={startChangeAction.bind(null, locale, licenceId)} className="mt-4">
        <Button variant="secondary">{t("changeApplication.start")}</Button>
      </form>
    </NotificationBanner>
  );
}
