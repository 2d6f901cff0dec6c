"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/button";

/** Shown when a page fails unexpectedly: no details, a way to retry, and the way to get help. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("ErrorPage");
  return (
    <>
      <h1 className="mb-6 text-3xl sm:text-4xl">{t("title")}</h1>
      <p className="mb-4 max-w-prose">{t("body")}</p>
      <Button type="button" onClick={reset}>
        {t("retry")}
      </Button>
    </>
  );
}
