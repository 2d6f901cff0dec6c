import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/server";
import type { listLinkedEntities } from "@/lib/entities/queries";
import { ClientMessages } from "@/components/client-messages";
import { AccessCodeForm } from "./access-code-form";

type LinkedEntity = Awaited<ReturnType<typeof listLinkedEntities>>[number];

/** The businesses the account is linked to, with their licences, and redeeming an access code for another. */
export async function AccessCodesSection({ links }: { links: readonly LinkedEntity[] }) {
  const t = await getTranslations("ProfilePage");
  const terms = await getTranslations("Terms");
  const format = await getFormatter();
  return (
    <section id="access-codes" aria-labelledby="access-codes-title" className="mb-12">
      <h2 id="access-codes-title" className="mb-3 text-2xl">
        {t("accessCodesTitle")}
      </h2>
      <p className="mb-2 max-w-prose">{t("accessCodesBody")}</p>
      <p className="mb-6 max-w-prose">{t("addPersonBody")}</p>
      {links.length === 0 ? (
        <p className="mb-6 text-muted">{t("noLinkedEntities")}</p>
      ) : (
        <ul className="mb-8 space-y-4">
          {links.map((link) => (
            <li key={link.id} className="border-l-4 border-brand bg-surface px-4 py-3">
              <h3 className="text-lg">{link.entity.legalName}</h3>
              <p className="text-sm text-muted">
                {t("linkedVia", { via: link.via, date: format.dateTime(link.createdAt, "long") })}
              </p>
              {link.entity.licences.length > 0 ? (
                <ul className="mt-2 list-disc pl-6">
                  {link.entity.licences.map((licence) => (
                    <li key={licence.id}>
                      {licence.number} – {terms(`licenceKinds.${licence.kind}`)} –{" "}
                      {terms(`licenceStatuses.${licence.status}`)}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <ClientMessages namespaces={["ProfilePage"]}>
        <AccessCodeForm />
      </ClientMessages>
    </section>
  );
}
