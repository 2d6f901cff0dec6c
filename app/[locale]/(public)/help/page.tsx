import type { Metadata } from "next";
import { getMessages, getTranslations } from "next-intl/server";
import { brandingFor, resolveLocale } from "@/lib/i18n/server";
import { PageHeading } from "@/components/page-heading";
import { PageSection } from "@/components/page-section";
import { KindCatalogue } from "@/components/applications/kind-catalogue";
import { richText } from "@/components/rich-text";
import { isMessageKey } from "@/lib/i18n/message-keys";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "HelpPage" }))("metaTitle") };
}

/**
 * The FAQ: sections and questions come from the messages, so both languages list the same ones.
 * First, the applications the portal offers, from the same registry as the start page.
 */
export default async function HelpPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations("HelpPage");
  const brand = brandingFor(locale);
  const { sections } = (await getMessages()).HelpPage;
  const values = { portal: brand.portal, commission: brand.commission, phone: brand.phone };

  return (
    <>
      <PageHeading lead={t("intro", values)}>{t("title")}</PageHeading>

      <nav aria-labelledby="help-contents" className="mb-10">
        <h2 id="help-contents" className="mb-2 text-xl">
          {t("contents")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <a href="#processes">{t("processes.title")}</a>
          </li>
          {Object.keys(sections).map((sectionId) => {
            const title = `sections.${sectionId}.title`;
            return (
              <li key={sectionId}>
                <a href={`#${sectionId}`}>{isMessageKey(t, title) ? t(title) : sectionId}</a>
              </li>
            );
          })}
        </ul>
      </nav>

      <PageSection id="processes" title={t("processes.title")} className="mb-12">
        <p className="mb-6 max-w-prose">{t("processes.intro")}</p>
        <KindCatalogue headingLevel={3} withStartLinks={false} />
      </PageSection>

      {Object.entries(sections).map(([sectionId, section]) => (
        <section key={sectionId} id={sectionId} aria-labelledby={`${sectionId}-title`} className="mb-12">
          <h2 id={`${sectionId}-title`} className="mb-4 text-2xl">
            {section.title}
          </h2>
          <div className="max-w-4xl border-t border-line">
            {Object.keys(section.questions).map((questionId) => {
              const question = `sections.${sectionId}.questions.${questionId}.question`;
              const answer = `sections.${sectionId}.questions.${questionId}.answer`;
              if (!isMessageKey(t, question) || !isMessageKey(t, answer)) return null;
              return (
                <details key={questionId} id={`${sectionId}-${questionId}`} className="group border-b border-line">
                  <summary className="flex min-h-11 cursor-pointer items-center gap-3 py-3 font-semibold text-brand hover:text-brand-dark">
                    <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
                      ▸
                    </span>
                    {t(question, values)}
                  </summary>
                  <div className="pb-4 pl-7">{t.rich(answer, { ...richText, ...values })}</div>
                </details>
              );
            })}
          </div>
        </section>
      ))}
    </>
  );
}
