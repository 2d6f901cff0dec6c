import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { translatedFieldErrors } from "@/components/applications/field-errors";
import { disclosureFormFields } from "@/lib/disclosures/form";
import { openDisclosure } from "@/lib/disclosures/requests";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { LinkProblem } from "@/components/link-problem";
import { PageHeading } from "@/components/page-heading";
import { SectionFields } from "@/components/applications/section-fields";
import { readFlash } from "@/lib/forms/flash";
import { saveDisclosureAction } from "./actions";

/** The notices this page shows after a redirect (lib/forms/flash). */
const notices = { done: ["completed"], error: ["incomplete"] } as const;

type Props = {
  params: Promise<{ locale: string; token: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const link = await openDisclosure((await params).token);
  const flash = readFlash(await searchParams, notices);
  const t = await getTranslations({ locale, namespace: "DisclosurePage" });
  // The same title as the page's h1: the form, the thanks once it is sent, or what is wrong with the link.
  const title =
    link.status === "valid"
      ? t(`forms.${link.form}.metaTitle`)
      : link.status === "completed" && flash?.notice === "completed"
        ? t(`forms.${link.form}.doneTitle`)
        : t(`${link.status}Title`);
  const errors = link.status === "valid" && flash?.notice === "incomplete";
  return {
    title: errors ? (await getTranslations({ locale, namespace: "ErrorSummary" }))("titlePrefix", { title }) : title,
  };
}

/**
 * An associated person's own disclosure — or a premises manager's, or an associated entity's by a
 * signing officer — reached from the e-mailed single-use link, without an account, with the
 * questions of the link's form. Once completed the link is spent; the applicant sees only that it
 * is completed.
 */
export default async function DisclosurePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { token } = await params;
  const flash = readFlash(await searchParams, notices);
  const t = await getTranslations("DisclosurePage");
  const link = await openDisclosure(token);

  if (link.status === "completed" && flash?.notice === "completed") {
    return (
      <div className="max-w-2xl">
        <div className="mb-8 bg-success p-6 text-white">
          <h1 className="text-3xl text-white">{t(`forms.${link.form}.doneTitle`)}</h1>
        </div>
        <p className="mb-4">{t("doneBody")}</p>
      </div>
    );
  }
  if (link.status !== "valid") {
    return <LinkProblem title={t(`${link.status}Title`)} body={t(`${link.status}Body`)} action={null} />;
  }

  const fields = disclosureFormFields[link.form];
  const errors =
    flash?.notice === "incomplete" ? await translatedFieldErrors(fields, link.answers, "DisclosurePage") : {};
  return (
    <div className="max-w-2xl">
      <ErrorSummary errors={Object.entries(errors).map(([field, message]) => ({ field, message }))} />
      <PageHeading
        caption={t("caption", { number: link.fileNumber })}
        lead={t(`forms.${link.form}.lead`, { name: link.fullName, applicant: link.applicant || t("theApplicant") })}
      >
        {t(`forms.${link.form}.title`)}
      </PageHeading>
      <p className="mb-8">{t("privacy")}</p>
      <form action={saveDisclosureAction.bind(null, locale, token)} noValidate>
        <SectionFields fields={fields} values={link.answers} errors={errors} namespace="DisclosurePage" />
        <Button>{t(`forms.${link.form}.submit`)}</Button>
      </form>
    </div>
  );
}
