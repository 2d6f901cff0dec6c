import { getTranslations } from "next-intl/server";
import {
  isItemComplete,
  itemLabel,
  listItems,
  needsDisclosureRequest,
  type ListSection,
} from "@/lib/applications/engine";
import { Link } from "@/lib/i18n/navigation";
import { Button, ButtonLink } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { NotificationBanner } from "@/components/notification-banner";
import { PageHeading } from "@/components/page-heading";
import { continueFromSectionAction, removeItemAction, sendDisclosuresAction } from "../actions";
import { readFlash } from "@/lib/forms/flash";
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
}: SectionPageProps<ListSection>) {
  const kind = application.kindDefinition;
  const t = await getTranslations(kind.messages as "LiquorSalesApplication");
  const tPage = await getTranslations("SectionPage");
  const items = listItems(application.answers, section.id);
  const texts = (key: "add" | "addAnother" | "intro" | "empty") => t(`items.${section.id as "licensedAreas"}.${key}`);
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
          message: tPage("itemIncomplete", { name: itemLabel(section, item) || tPage("unnamed") }),
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
        {t(`sections.${section.id as "term"}`)}
      </PageHeading>

      {items.length === 0 ? (
        <p className="mb-6">{texts("empty")}</p>
      ) : (
        <ul className="mb-6 border-t border-line">
          {items.map((item) => {
            const name = itemLabel(section, item) || tPage("unnamed");
            const complete = isItemComplete(section, item);
            const disclosure = application.facts.disclosures[item.id];
            const state = !complete
              ? tPage("itemStates.incomplete")
              : !section.disclosures
                ? null
                : needsDisclosureRequest(section, item, application.facts)
                  ? tPage("itemStates.notSent")
                  : tPage(`itemStates.${disclosure?.status ?? "sent"}`);
            return (
              <li
                key={item.id}
                id={`item-${item.id}`}
                tabIndex={-1}
                className="flex flex-wrap items-center justify-between gap-3 border-b border-line py-3"
              >
                <div>
                  <p className="font-semibold">{name}</p>
                  {state ? <p className={complete ? "text-muted" : "font-semibold text-error"}>{state}</p> : null}
                </div>
                <div className="flex items-center gap-4">
                  <Link href={`${base}/${item.id}`} className="inline-block py-0.5">
                    {tPage("change")}
                    <span className="sr-only"> {name}</span>
                  </Link>
                  <form action={removeItemAction.bind(null, locale, application.id, section.id, item.id)}>
                    <Button variant="tertiary" className="min-h-6 px-0">
                      {tPage("remove")}
                      <span className="sr-only"> {name}</span>
                    </Button>
                  </form>
                </div>
              </li>
            );
          })}
        </ul>
      )}

      {items.length < section.max ? (
        <p className="mb-8" id="add-item" tabIndex={-1}>
          <ButtonLink href={`${base}/new`} variant="secondary">
            {items.length === 0 ? texts("add") : texts("addAnother")}
          </ButtonLink>
        </p>
      ) : null}

      {section.disclosures && items.length > 0 ? (
        <section
          aria-labelledby="disclosures-title"
          id="send-disclosures"
          tabIndex={-1}
          className="mb-8 border-l-4 border-info bg-info-bg p-4"
        >
          <h2 id="disclosures-title" className="mb-2 text-xl">
            {tPage("disclosuresTitle")}
          </h2>
          <p className="mb-4">
            {unsent.length > 0 ? tPage("disclosuresToSend", { count: unsent.length }) : tPage("disclosuresAllSent")}
          </p>
          {unsent.length > 0 ? (
            <form action={sendDisclosuresAction.bind(null, locale, application.id, section.id)}>
              <Button disabled={!allComplete}>{tPage("sendDisclosures")}</Button>
            </form>
          ) : null}
        </section>
      ) : null}

      <form action={continueFromSectionAction.bind(null, locale, application.id, section.id)}>
        <ReturnField returnTo={query.return} />
        <LastSaved application={application} />
        <SectionButtons />
      </form>
    </div>
  );
}
