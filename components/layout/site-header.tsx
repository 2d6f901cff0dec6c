import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { LanguageToggle } from "./language-toggle";
import { AccountMenu } from "./account-menu";

export function SiteHeader({
  locale,
  currentPath,
  portalName,
  commissionName,
  signedIn,
}: {
  locale: AppLocale;
  currentPath: string;
  portalName: string;
  commissionName: string;
  signedIn: boolean;
}) {
  const t = useTranslations("Layout");
  return (
    <header className="bg-header text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link
          href="/"
          className="flex flex-col py-1 text-white no-underline visited:text-white hover:text-white hover:underline"
          aria-label={t("homeLink", { portal: portalName })}
        >
          <span className="font-heading text-xl font-bold leading-tight sm:text-2xl">{portalName}</span>
          <span className="text-sm text-[#e0e0e0]">{commissionName}</span>
        </Link>
        <nav aria-label={t("primaryNavigation")} className="flex flex-wrap items-center gap-x-4">
          <LanguageToggle locale={locale} currentPath={currentPath} />
          <AccountMenu locale={locale} signedIn={signedIn} />
        </nav>
      </div>
    </header>
  );
}
