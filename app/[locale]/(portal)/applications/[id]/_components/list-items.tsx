import { formatCalendarDay } from "@/lib/i18n/format";
import { getTranslations } from "next-intl/server";
import {
  isDisclosureAsked,
  isItemComplete,
  itemLabel,
  needsDisclosureRequest,
  type ListItem,
  type ListSection,
} from "@/lib/applications/engine";
import type { ApplicationView } from "@/lib/applications/queries";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { Button } from "@/components/button";
import { removeItemAction } from "../actions";

/**
 * The section's items, each with its state (incomplete, disclosure not sent, sent, completed, or on
 * file and not asked again), Change and Remove.
 */
export async function ListItems({
  application,
  section,
  items,
  empty,
  locale,
}: {
  application: ApplicationView;
  section: ListSection;
  items: readonly ListItem[];
  empty: string;
  locale: AppLocale;
}) {
  const tPage = await getTranslations("SectionPage");
  const base = `/applications/${application.id}/${section.id}`;
  if (items.length === 0) return <p className="mb-6">{empty}</p>;
  return (
    <ul className="mb-6 border-t border-line">
      {items.map((item) => {
        const name = itemLabel(section, item, (day) => formatCalendarDay(day, locale)) || tPage("unnamed");
        const complete = isItemComplete(section, item);
        const disclosure = application.facts.disclosures[item.id];
        const state = !complete
          ? tPage("itemStates.incomplete")
          : !section.disclosures
            ? null
            : !isDisclosureAsked(section, item, application.facts)
              ? tPage("itemStates.onFile")
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
  );
}
