import { useTranslations } from "next-intl";
import { ClientMessages } from "@/components/client-messages";
import { ChangePasswordForm } from "./change-password-form";

/** Changing the password. */
export function PasswordSection() {
  const t = useTranslations("ProfilePage");
  return (
    <section aria-labelledby="password-title" className="mb-12">
      <h2 id="password-title" className="mb-4 text-2xl">
        {t("passwordTitle")}
      </h2>
      <ClientMessages namespaces={["ProfilePage", "PasswordRule"]}>
        <ChangePasswordForm />
      </ClientMessages>
    </section>
  );
}
