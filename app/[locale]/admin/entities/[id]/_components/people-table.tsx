import { getFormatter, getTranslations } from "next-intl/server";
import type { StaffEntity } from "@/lib/entities/staff";
import { DataTable } from "@/components/data-table";

/** The entity's current people, each with their role and, for owners, their share. */
export async function PeopleTable({ people }: { people: StaffEntity["people"] }) {
  const t = await getTranslations("AdminEntityPage");
  const terms = await getTranslations("Terms");
  const format = await getFormatter();
  return (
    <DataTable
      caption={t("peopleTitle")}
      headers={[t("name"), t("role")]}
      rows={people.map((person) => [
        `${person.firstName} ${person.lastName}${person.title ? ` (${person.title})` : ""}`,
        person.shareBasisPoints !== null
          ? `${terms(`personRoles.${person.role}`)} – ${format.number(person.shareBasisPoints / 10000, { style: "percent", maximumFractionDigits: 2 })}`
          : terms(`personRoles.${person.role}`),
      ])}
    />
  );
}
