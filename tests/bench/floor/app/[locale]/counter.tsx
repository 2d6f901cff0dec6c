"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";

/** One client component, as every real page has: React and next-intl in the browser. */
export function Counter() {
  const t = useTranslations("FloorPage");
  const [count, setCount] = useState(0);
  return (
    <p>
      <button type="button" onClick={() => setCount(count + 1)}>
        {t("press")}
      </button>{" "}
      {t("clicks", { count })}
    </p>
  );
}
