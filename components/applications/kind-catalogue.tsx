import "server-only";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { applicationKinds } from "@/lib/applications/registry";
import { getKindTranslations } from "@/lib/applications/kind-messages";
import { ButtonLink } from "@/components/button";

const hidden = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;

/**
 * The applications the portal offers, from the registry, grouped by sector: each with its title, who
 * needs it and the Commission's guidance — and, on the start page, a link to start it. The help
 * page lists the same, so the two never disagree.
 */
export async function KindCatalogue({
  headingLevel,
  withStartLinks,
}: {
  /** The level of the sectors' headings; each kind's title is one level below. */
  headingLevel: 2 | 3;
  withStartLinks: boolean;
}) {
  const t = await getTranslations("KindCatalogue");
  const [SectorHeading, KindHeading] = headingLevel === 2 ? (["h2", "h3"] as const) : (["h3", "h4"] as const);
  const [sectorSize, kindSize] = headingLevel === 2 ? ["text-2xl", "text-xl"] : ["text-xl", "text-lg"];
  const groups = await Promise.all(
    applicationKinds.catalogue().map(async (group) => ({
      sector: group.sector,
      kinds: await Promise.all(
        group.kinds.map(async (kind) => {
          const kindMessages = await getKindTranslations(kind.messages);
          return {
            id: kind.id,
            title: kindMessages("title"),
            whoNeedsIt: kindMessages("whoNeedsIt"),
            guidanceUrl: kind.catalogue?.guidanceUrl,
          };
        }),
      ),
    })),
  );

  return (
    <>
      {groups.map((group) => (
        <section key={group.sector} aria-labelledby={`sector-${group.sector}`} className="mb-10">
          <SectorHeading id={`sector-${group.sector}`} className={`mb-2 ${sectorSize}`}>
            {t(`sectors.${group.sector}`)}
          </SectorHeading>
          <ul className="border-t border-line">
            {group.kinds.map((kind) => (
              <li key={kind.id} className="border-b border-line py-5">
                <KindHeading className={kindSize}>{kind.title}</KindHeading>
                <p className="mt-1 max-w-prose">{kind.whoNeedsIt}</p>
                <div className="mt-3 flex flex-wrap items-center gap-x-6 gap-y-3">
                  {withStartLinks ? (
                    <ButtonLink href={`/applications/new/${kind.id}`}>
                      {t.rich("start", { title: kind.title, hidden })}
                    </ButtonLink>
                  ) : null}
                  {kind.guidanceUrl ? (
                    <a
                      href={kind.guidanceUrl}
                      target="_blank"
                      rel="noopener noreferrer"
                      className="inline-block py-0.5"
                    >
                      {t.rich("guidance", { title: kind.title, hidden })}
                    </a>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
