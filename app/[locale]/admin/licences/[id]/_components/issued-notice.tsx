"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/state";

/** After a document is issued: its title, and who was told by e-mail (nobody, when no account is linked). */
export function IssuedNotice({ state }: { state: FormState }) {
  const t = useTranslations("AdminComplianceDocuments");
  if (state.status !== "success" || !state.result) return null;
  return (
    <div role="status" className="mb-6 border-l-8 border-success bg-success-bg px-5 py-4">
      <p className="text-lg font-bold">{t("issued", { title: state.result.title ?? "" })}</p>
      <p className="mt-1">{t("emailed", { count: Number(state.result.emailed ?? 0) })}</p>
    </div>
  );
}
