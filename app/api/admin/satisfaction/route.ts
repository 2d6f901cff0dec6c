import { getCurrentUser } from "@/lib/auth/session";
import { csvDocument } from "@/lib/feedback/csv";
import { exportLines } from "@/lib/feedback/export";
import { satisfactionExport } from "@/lib/feedback/report";
import { commissionToday } from "@/lib/time/commission-date";
import { isAppLocale } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";

/**
 * The satisfaction page's answers as a CSV file, in the asked language (else the reader's): staff
 * with viewSatisfaction only; anyone else gets the same 404 as for a page that does not exist.
 * Comments come from the public: the file neutralises anything a spreadsheet would run.
 */
export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  const exported = user ? await satisfactionExport(user) : null;
  if (!user || !exported) return Response.json({ error: "not found" }, { status: 404, headers: noStore });

  const asked = new URL(request.url).searchParams.get("locale");
  const locale = isAppLocale(asked) ? asked : user.locale;
  const t = translatorFor(locale, "AdminSatisfactionPage");
  const body = csvDocument(
    exportLines(exported.answers, {
      headers: {
        date: t("csv.date"),
        journey: t("csv.journey"),
        satisfaction: t("csv.satisfaction"),
        ease: t("csv.ease"),
        skipped: t("csv.skipped"),
        comment: t("csv.comment"),
        language: t("csv.language"),
      },
      journeys: {
        submission: t("journeys.submission"),
        payment: t("journeys.payment"),
        renewal: t("journeys.renewal"),
        portal: t("journeys.portal"),
      },
      yes: t("csv.yes"),
      no: t("csv.no"),
    }),
  );
  const fileName = `${t("csv.fileName")}-${commissionToday(new Date())}.csv`;
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
