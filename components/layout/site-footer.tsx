import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export function SiteFooter({ commissionName, year }: { commissionName: string; year: number }) {
  const t = useTranslations("Layout");
  const links = [
    { href: "/help", label: t("footerHelp") },
    { href: "/contact", label: t("footerContact") },
    { href: "/accessibility", label: t("footerAccessibility") },
    { href: "/browsers", label: t("footerBrowsers") },
    { href: "/verify", label: t("footerVerify") },
    { href: "/feedback", label: t("footerFeedback") },
  ];
  return (
    <footer className="mt-16 border-t-4 border-brand bg-surface">
      <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        <nav aria-label={t("footerNavigation")}>
          <ul className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:gap-x-8">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="inline-block py-1 text-ink visited:text-ink hover:text-brand-dark">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="mt-6 text-sm text-muted">{t("footerCopyright", { commission: commissionName, year })}</p>
      </div>
    </footer>
  );
}
