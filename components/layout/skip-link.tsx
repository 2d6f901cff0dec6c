import { useTranslations } from "next-intl";

export function SkipLink() {
  const t = useTranslations("Layout");
  return (
    <a
      href="#main-content"
      className="sr-only bg-warning px-4 py-3 font-semibold text-ink focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50"
    >
      {t("skipLink")}
    </a>
  );
}
