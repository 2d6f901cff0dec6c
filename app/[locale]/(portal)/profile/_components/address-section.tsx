import { useTranslations } from "next-intl";

/** Why the address is not changed here. */
export function AddressSection() {
  const t = useTranslations("ProfilePage");
  return (
    <section aria-labelledby="address-title" className="mb-12">
      <h2 id="address-title" className="mb-3 text-2xl">
        {t("addressTitle")}
      </h2>
      <p className="max-w-prose">{t("addressBody")}</p>
    </section>
  );
}
