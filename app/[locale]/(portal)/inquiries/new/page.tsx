import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requireUser } from "@/lib/auth/guards";
import { inquiryEntitiesFor } from "@/lib/inquiries/applicant";
import { accessToEnd } from "@/lib/entities/queries";
import { inquirySubjects, type InquirySubject } from "@/lib/inquiries/rules";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/page-heading";
import { ClientMessages } from "@/components/client-messages";
import { NewInquiryForm } from "../_components/new-inquiry-form";
import { createInquiryAction } from "../actions";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ subject?: string | string[]; link?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "NewInquiryPage" }))("metaTitle") };
}

/**
 * `?subject=close_account` pre-selects the subject, for links such as the profile's "close my
 * account"; `&link=<id>` (from a licence page's "who can see it") names the access to end, checked
 * against the holder's own links, and writes the request for them.
 */
function presetSubject(value: string | string[] | undefined): InquirySubject | undefined {
  return inquirySubjects.find((subject) => subject === value);
}

export default async function NewInquiryPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const user = await requireUser(locale, "/inquiries/new");
  const entities = await inquiryEntitiesFor(user);
  const t = await getTranslations("NewInquiryPage");
  const { subject, link } = await searchParams;
  const ending = typeof link === "string" ? await accessToEnd(user, link) : null;

  return (
    <div className="max-w-3xl">
      <p className="mb-6">
        <Link href="/inquiries">{t("back")}</Link>
      </p>
      <PageHeading>{t("title")}</PageHeading>
      <ClientMessages namespaces={["NewInquiryPage", "Inquiry"]}>
        <NewInquiryForm
          action={createInquiryAction.bind(null, locale)}
          entities={entities.map((entity) => ({
            value: entity.id,
            label:
              entity.operatingName && entity.operatingName !== entity.legalName
                ? `${entity.legalName} (${entity.operatingName})`
                : entity.legalName,
          }))}
          defaultSubject={ending ? "remove_person" : presetSubject(subject)}
          defaultEntityId={ending?.entityId}
          defaultMessage={ending ? t("endAccessMessage", { name: ending.name, business: ending.business }) : undefined}
        />
      </ClientMessages>
    </div>
  );
}
