import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useFormatter } from "@/lib/i18n/formatter";
import { Link } from "@/lib/i18n/navigation";
import { Button } from "@/components/button";
import type { ApplicationView } from "@/lib/applications/queries";
import type { AppLocale } from "@/lib/i18n/routing";

/** What the section page hands to the page of a list or documents section. */
export type SectionPageProps<Section> = {
  application: ApplicationView;
  section: Section;
  query: Record<string, string | undefined>;
  back: string;
  caption: string;
  locale: AppLocale;
};

/** Back link, caption and the "Last saved" line shared by every page of an application. */
export function BackLink({ href }: { href: string }) {
  const t = useTranslations("SectionPage");
  return (
    <p className="mb-6">
      <Link href={href} className="inline-flex min-h-6 items-center gap-1">
        <span aria-hidden="true">‹</span> {t("back")}
      </Link>
    </p>
  );
}

export function LastSaved({ application }: { application: ApplicationView }) {
  const t = useTranslations("SectionPage");
  const format = useFormatter();
  return (
    <p className="mb-6 text-muted">
      {t("lastSaved", {
        date: format.dateTime(application.updatedAt, "long"),
        time: format.dateTime(application.updatedAt, "time"),
      })}
    </p>
  );
}

/** Continue (saves, then checks) and "Save and come back later" (saves, back to the task list). */
export function SectionButtons({ continueLabel }: { continueLabel?: ReactNode }) {
  const t = useTranslations("SectionPage");
  return (
    <div className="flex flex-wrap items-center gap-4">
      <Button name="intent" value="continue">
        {continueLabel ?? t("continue")}
      </Button>
      <Button name="intent" value="save" variant="secondary">
        {t("saveAndReturn")}
      </Button>
    </div>
  );
}

/** Kept through a form so "Continue" returns to the review when the user came from it. */
export function ReturnField({ returnTo }: { returnTo?: string }) {
  return returnTo === "review" ? <input type="hidden" name="return" value="review" /> : null;
}
