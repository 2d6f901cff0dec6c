import { getTranslations } from "next-intl/server";
import type { getProfile } from "@/lib/accounts/profile";
import { SummaryList } from "@/components/summary-list";
import { ClientMessages } from "@/components/client-messages";
import { ProfileForm } from "./profile-form";
import { PageSection } from "@/components/page-section";

type Profile = Awaited<ReturnType<typeof getProfile>>;

/** Name and e-mail (which cannot change here), then the form for phone, language and date of birth. */
export async function InformationSection({ profile }: { profile: Profile }) {
  const t = await getTranslations("ProfilePage");
  const birth = profile.dateOfBirth;
  return (
    <PageSection id="information-title" title={t("informationTitle")} className="mb-12">
      <SummaryList
        rows={[
          { key: t("name"), value: `${profile.firstName} ${profile.lastName}` },
          { key: t("email"), value: profile.email },
        ]}
      />
      <p className="mb-8 max-w-prose text-muted">{t("emailCannotChange")}</p>
      <ClientMessages namespaces={["ProfilePage"]}>
        <ProfileForm
          defaults={{
            phone: profile.phone ?? "",
            locale: profile.locale,
            dateOfBirth: birth
              ? {
                  day: String(birth.getUTCDate()),
                  month: String(birth.getUTCMonth() + 1),
                  year: String(birth.getUTCFullYear()),
                }
              : { day: "", month: "", year: "" },
          }}
        />
      </ClientMessages>
    </PageSection>
  );
}
