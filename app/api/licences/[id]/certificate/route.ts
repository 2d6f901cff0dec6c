import { getCurrentUser } from "@/lib/auth/session";
import { isAppLocale, type AppLocale } from "@/lib/i18n/routing";
import { renderCertificatePdf } from "@/lib/licences/certificate";
import { getLicence } from "@/lib/licences/queries";

/**
 * The PDF certificate of a licence (SPEC §5.4), for the applicants linked to its entity and for
 * staff. Anyone else — signed out, or not linked — gets the same 404 as for a licence that does not
 * exist, so the answer never confirms that an id is real.
 */
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

function notFound(): Response {
  return Response.json({ error: "not found" }, { status: 404, headers: { "Cache-Control": "no-store" } });
}

/** `?lang=fr|en` prints a copy in the other language; anything else falls back to the user's own. */
function certificateLocale(request: Request, preferred: AppLocale): AppLocale {
  const requested = new URL(request.url).searchParams.get("lang");
  return isAppLocale(requested) ? requested : preferred;
}

/** Licence numbers are plain (LSL-2025-000101), but the header is built defensively all the same. */
function contentDisposition(number: string): string {
  const ascii = number.replace(/[^A-Za-z0-9._-]/g, "_");
  return `inline; filename="${ascii}.pdf"; filename*=UTF-8''${encodeURIComponent(`${number}.pdf`)}`;
}

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return notFound();
  const { id } = await params;
  const licence = await getLicence(user, id);
  if (!licence) return notFound();

  const pdf = await renderCertificatePdf(licence, certificateLocale(request, user.locale), new Date());
  // pdf-lib types its bytes as a view of any buffer; a Response body wants a plain ArrayBuffer's.
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": contentDisposition(licence.number),
      // A licence holder's details: never kept by a shared cache or the browser's disk cache.
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
