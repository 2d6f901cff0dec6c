import { cookies } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Counter } from "../counter";

/** The bare dynamic page: rendered on each request, because it reads the request's cookies. */
export default async function FloorDynamicPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const count = (await cookies()).getAll().length;
  const t = await getTranslations("FloorPage");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("signedIn", { count })}</p>
      <Counter />
    </>
  );
}
