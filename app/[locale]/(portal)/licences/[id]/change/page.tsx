import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requireUser } from "@/lib/auth/guards";
import { getLicence, listMyLicences } from "@/lib/licences/queries";
import { PageHeading } from "@/components/page-heading";
import { ClientMessages } from "@/components/client-messages";
import { ChangeRequestForm } from "./_components/change-request-form";
import { createChangeRequestAction } from "./actions";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "ChangeRequestPage" }))("metaTitle") };
}

/** "Request a change": also where the profile's "update your address" leads. */
export default async function ChangeRequestPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const user = await requireUser(locale, `/licences/${id}/change`);
  const licence = await getLicence(user, id);
  if (!licence) notFound();
  const t = await getTranslations("ChangeRequestPage");
  const terms = await getTranslations("Terms");
  const licences = (await listMyLicences(user)).map((item) => ({
    id: item.id,
    label: `${item.number} – ${terms(`licenceKinds.${item.kind}`)}`,
  }));
  // Staff may open any licence page, but a change request is the licensee's: offer at least this one.
  const options = licences.some((item) => item.id === licence.id)
    ? licences
    : [{ id: licence.id, label: licence.number }, ...licences];
  return (
    <div className="max-w-2xl">
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <ClientMessages namespaces={["ChangeRequestPage"]}>
        <ChangeRequestForm
          action={createChangeRequestAction.bind(null, locale)}
          licences={options}
          selected={licence.id}
        />
      </ClientMessages>
    </div>
  );
}
