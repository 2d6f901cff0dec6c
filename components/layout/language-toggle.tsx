import { useTranslations } from "next-intl";
import { otherLocale, switchLocale } from "@/lib/i18n/locale-path";
import type { AppLocale } from "@/lib/i18n/routing";

/**
 * A plain link to the same page in the other language, labelled in that language with its `lang`.
 * Going through the link sets the locale cookie (see proxy.ts), so the choice is remembered.
 */
export function LanguageToggle({ locale, currentPath }: { locale: AppLocale; currentPath: string }) {
  const t = useTranslations("LanguageToggle");
  const target = otherLocale(locale);
  const [pathname, search = ""] = splitPath(currentPath);
  const href = switchLocale(pathname, target) + search;
  return (
    <a
      href={href}
      lang={target}
      hrefLang={target}
      className="inline-flex min-h-11 items-center px-2 font-semibold text-white underline visited:text-white hover:text-white"
    >
      {t("label")}
    </a>
  );
}

function splitPath(path: string): [string, string?] {
  const index = path.indexOf("?");
  return index === -1 ? [path] : [path.slice(0, index), path.slice(index)];
}
