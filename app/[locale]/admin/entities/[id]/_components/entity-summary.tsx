import { getTranslations } from "next-intl/server";
import type { StaffEntity } from "@/lib/entities/staff";
import { Link } from "@/lib/i18n/navigation";
import { SummaryList } from "@/components/summary-list";

/** Who the entity is and how to reach it, with the way to its audit log. */
export async function EntitySummary({ entity }: { entity: StaffEntity }) {
  const t = await getTranslations("AdminEntityPage");
  const terms = await getTranslations("Terms");
  return (
    <>
      <SummaryList
        rows={[
          { key: t("operatingName"), value: entity.operatingName ?? "—" },
          { key: t("type"), value: terms(`entityTypes.${entity.type}`) },
          { key: t("businessNumber"), value: entity.businessNumber ?? "—" },
          { key: t("contact"), value: [entity.email, entity.phone].filter(Boolean).join(" · ") || "—" },
        ]}
      />
      <p className="mb-10">
        <Link href={`/admin/audit?entityId=${entity.id}`}>{t("auditLink")}</Link>
      </p>
    </>
  );
}
