import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { signOutAction } from "./session-actions";

const linkClasses =
  "inline-flex min-h-11 items-center px-2 font-semibold text-white underline visited:text-white hover:text-white";

/**
 * Signed out: sign in, or create an account. Signed in: the main menu, the applications, the profile
 * and a sign-out button (a form, so it works without JavaScript).
 */
export function AccountMenu({ locale, signedIn }: { locale: AppLocale; signedIn: boolean }) {
  const t = useTranslations("AccountMenu");
  const layout = useTranslations("Layout");
  if (!signedIn) {
    return (
      <>
        <Link href="/login" className={linkClasses}>
          {layout("signIn")}
        </Link>
        <Link href="/register" className={linkClasses}>
          {layout("register")}
        </Link>
      </>
    );
  }
  return (
    <>
      <Link href="/dashboard" className={linkClasses}>
        {t("dashboard")}
      </Link>
      <Link href="/applications" className={linkClasses}>
        {t("applications")}
      </Link>
      <Link href="/profile" className={linkClasses}>
        {t("profile")}
      </Link>
      <form action={signOutAction.bind(null, locale)}>
        <button type="submit" className={`${linkClasses} cursor-pointer bg-transparent`}>
          {t("signOut")}
        </button>
      </form>
    </>
  );
}
