import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/server";
import type { PeopleHistory } from "@/lib/entities/people";
import { personRoles } from "@/lib/entities/schemas";
import { readReason } from "@/lib/licences/history-reasons";
import { DataTable } from "@/components/data-table";
import { PageSection } from "@/components/page-section";
import { ClientMessages } from "@/components/client-messages";
import { AddPersonForm } from "./add-person-form";
import { EndPersonForm } from "./end-person-form";
import { addPersonAction, endPersonAction } from "../actions";

type Person = PeopleHistory["current"][number];

/**
 * The entity's people: who is on file now and why, who was and until when; officers add a person
 * or end one's time on file, with a reason.
 */
export async function PeopleSection({
  entityId,
  people,
  canManage,
}: {
  entityId: string;
  people: PeopleHistory;
  canManage: boolean;
}) {
  const t = await getTranslations("AdminEntityPage");
  const terms = await getTranslations("Terms");
  const format = await getFormatter();
  const day = (value: Date) => format.dateTime(value, "day");
  // An associated entity reads "Associated entity – shareholder – 25 %"; a person "Shareholder – 25 %".
  const role = (person: Person) =>
    [
      terms(`personRoles.${person.role}`),
      person.relationship ? terms(`entityRelationships.${person.relationship}`) : null,
      person.shareBasisPoints !== null
        ? format.number(person.shareBasisPoints / 10000, { style: "percent", maximumFractionDigits: 2 })
        : null,
    ]
      .filter((part) => part !== null)
      .join(" – ");
  /** A person by their names, an associated entity by its legal name. */
  const fullName = (person: Person) => person.organisationName ?? `${person.firstName} ${person.lastName}`;
  const name = (person: Person) => (
    <span key="name">
      {fullName(person)}
      {person.title ? ` (${person.title})` : ""}
      {person.email ? <span className="block text-sm text-muted">{person.email}</span> : null}
    </span>
  );
  /** Why a person joined or left: the application that disclosed them (or stopped listing them), or staff's reason. */
  const why = (reason: string | null, way: "joined" | "left") => {
    if (reason === null) return "—";
    const read = readReason(reason);
    if (read.type === "text") return read.text;
    if (!("fileNumber" in read)) return "—";
    return t(`${way}By.${read.type}`, { fileNumber: read.fileNumber });
  };

  return (
    <PageSection id="people-title" title={t("peopleTitle")} className="mb-12">
      {people.current.length === 0 ? (
        <p className="mb-6">{t("noPeople")}</p>
      ) : (
        <DataTable
          caption={t("currentPeopleCaption")}
          headers={[t("name"), t("role"), t("onFileSince"), t("joinedBecause")]}
          rowHeader={0}
          rows={people.current.map((person) => [
            name(person),
            role(person),
            day(person.createdAt),
            why(person.addReason, "joined"),
          ])}
        />
      )}
      {people.former.length > 0 ? (
        <DataTable
          caption={t("formerPeopleCaption")}
          headers={[t("name"), t("role"), t("onFile"), t("leftBecause")]}
          rowHeader={0}
          rows={people.former.map((person) => [
            name(person),
            role(person),
            t("onFileFromTo", { from: day(person.createdAt), to: day(person.removedAt ?? person.createdAt) }),
            why(person.endReason, "left"),
          ])}
        />
      ) : null}
      {canManage ? (
        <ClientMessages namespaces={["AdminEntityPage"]}>
          <AddPersonForm
            action={addPersonAction.bind(null, entityId)}
            roles={personRoles.map((value) => ({ value, label: terms(`personRoles.${value}`) }))}
          />
          {people.current.length > 0 ? (
            <EndPersonForm
              action={endPersonAction.bind(null, entityId)}
              people={people.current.map((person) => ({
                id: person.id,
                label: `${fullName(person)} – ${terms(`personRoles.${person.role}`)}`,
              }))}
            />
          ) : null}
        </ClientMessages>
      ) : null}
    </PageSection>
  );
}
