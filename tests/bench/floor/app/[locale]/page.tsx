import { getTranslations, setRequestLocale } from "next-intl/server";
import { Counter } from "./counter";

/** The bare prerendered page: built once, served from disk. */
export default async function FloorPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("FloorPage");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>
      <Counter />
    </>
  );
}
