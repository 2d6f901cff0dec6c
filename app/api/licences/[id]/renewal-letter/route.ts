import { getCurrentUser } from "@/lib/auth/session";
import { isSameOrigin } from "@/lib/http/same-origin";
import { isAppLocale } from "@/lib/i18n/routing";
import { isRenewable } from "@/lib/applications/registry";
import { issueRenewalLetter } from "@/lib/licences/renewal-letter";

/**
 * Customer service prints a licence's renewal letter (a form post from the holder's staff page):
 * each post issues a new access code, so it is a POST from the portal's own page, never a link.
 * Anyone without the permission, and any licence outside its renewal window, gets a 404.
 */
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

const noStore = { "Cache-Control": "no-store" };

export async function POST(request: Request, { params }: Context): Promise<Response> {
  if (!isSameOrigin(request)) return Response.json({ error: "forbidden" }, { status: 403, headers: noStore });
  const user = await getCurrentUser();
  const { id } = await params;
  const form = await request.formData().catch(() => null);
  const requested = form?.get("language");
  const locale = isAppLocale(requested) ? requested : (user?.locale ?? "fr");
  const letter = user ? await issueRenewalLetter(user, id, locale, isRenewable) : null;
  if (!letter?.ok) return Response.json({ error: "not found" }, { status: 404, headers: noStore });

  const fileName = `${letter.number.replace(/[^A-Za-z0-9._-]/g, "_")}-renewal-${locale}.pdf`;
  // pdf-lib types its bytes as a view of any buffer; a Response body wants a plain ArrayBuffer's.
  return new Response(new Uint8Array(letter.pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${fileName}"`,
      // It holds an access code: never kept by any cache.
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
