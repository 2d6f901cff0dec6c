import { formatCalendarDay } from "@/lib/i18n/format";
import { getTranslations } from "next-intl/server";
import { getKindTranslations } from "@/lib/applications/kind-messages";
import type { PortalNames } from "@/lib/applications/kinds/names";
import {
  isItemComplete,
  itemLabel,
  listItems,
  needsDisclosureRequest,
  type ListSection,
} from "@/lib/applications/engine";
import { ButtonLink } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { NotificationBanner } from "@/components/notification-banner";
import { PageHeading } from "@/components/page-heading";
import { continueFromSectionAction } from "../actions";
import { readFlash } from "@/lib/forms/flash";
import { ListItems } from "./list-items";
import { DisclosureRequests } from "./disclosure-requests";
import { BackLink, LastSaved, ReturnField, SectionButtons, type SectionPageProps } from "./section-layout";

/** The notices this page shows after a redirect (lib/forms/flash). */
const notices = { done: ["sent"], error: ["incomplete", "tooManyEmails"] } as const;

/**
 * A list section (associated persons, managers, areas): each item with its state, Change and
 * Remove, "Add", and — for people — the disclosure requests and where each one stands.
 */
export async function ListSectionPage({
  application,
  section,
  query,
  back,
  caption,
  locale,
}: SectionPageProps<ListSection<PortalNames>>) {
  const kind = application.kindDefinition;
  const t = await getKindTranslations(kind.messages);
  const tPage = await getTranslations("SectionPage");
  const items = listItems(application.answers, section.id);
  const texts = (key: "add" | "addAnother" | "intro" | "empty") => t(`items.${section.id}.${key}`);
  const base = `/applications/${application.id}/${section.id}`;
  const unsent = section.disclosures
    ? items.filter((item) => needsDisclosureRequest(section, item, application.facts))
    : [];
  const allComplete = items.every((item) => isItemComplete(section, item));

  const errors: Array<{ field: string; message: string }> = [];
  const flash = readFlash(query, notices);
  if (flash?.notice === "incomplete") {
    if (items.length < section.min)
      errors.push({ field: "add-item", message: tPage("listMin", { item: texts("add") }) });
    for (const item of items) {
      if (!isItemComplete(section, item))
        errors.push({
          field: `item-${item.id}`,
          message: tPage("itemIncomplete", {
            name: itemLabel(section, item, (day) => formatCalendarDay(day, locale)) || tPage("unnamed"),
          }),
        });
    }
    if (items.length >= section.min && allComplete && unsent.length > 0)
      errors.push({ field: "send-disclosures", message: tPage("disclosuresNotSent") });
  }
  if (flash?.notice === "tooManyEmails") {
    const minutes = Math.min(60, Math.max(1, Number.parseInt(query.minutes ?? "", 10) || 60));
    errors.push({ field: "send-disclosures", message: tPage("disclosuresTooMany", { minutes }) });
  }
  const sent = flash?.notice === "sent" ? Number(query.count ?? 0) : 0;

  return (
    <div className="max-w-3xl">
      <BackLink href={back} />
      <ErrorSummary errors={errors} />
      {sent > 0 ? <NotificationBanner tone="success" title={tPage("disclosuresSent", { count: sent })} /> : null}
      <PageHeading caption={caption} lead={texts("intro")}>
        {t(`sections.${section.id}`)}
      </PageHeading>

      <ListItems application={application} section={section} items={items} empty={texts("empty")} locale={locale} />

      {items.length < section.max ? (
        <p className="mb-8" id="add-item" tabIndex={-1}>
          <ButtonLink href={`${base}/new`} variant="secondary">
            {items.length === 0 ? texts("add") : texts("addAnother")}
          </ButtonLink>
        </p>
      ) : null}

      {section.disclosures && items.length > 0 ? (
        <DisclosureRequests
          applicationId={application.id}
          section={section}
          unsentCount={unsent.length}
          allComplete={allComplete}
          locale={locale}
        />
      ) : null}

      <form action={continueFromSectionAction.bind(null, locale, application.id, section.id)}>
        <ReturnField returnTo={query.return} />
        <LastSaved application={application} />
        <SectionButtons />
      </form>
    </div>
  );
}
