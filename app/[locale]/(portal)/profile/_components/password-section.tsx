import { useTranslations } from "next-intl";
import { ClientMessages } from "@/components/client-messages";
import { ChangePasswordForm } from "./change-password-form";
import { PageSection } from "@/components/page-section";

/** Changing the password. */
export function PasswordSection() {
  const t = useTranslations("ProfilePage");
  return (
    <PageSection id="password-title" title={t("passwordTitle")} className="mb-12">
      <ClientMessages namespaces={["ProfilePage", "PasswordRule"]}>
        <ChangePasswordForm />
      </ClientMessages>
    </PageSection>
  );
}
