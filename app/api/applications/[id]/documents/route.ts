import { hasLocale } from "next-intl";
import { getCurrentUser } from "@/lib/auth/session";
import { getApplication } from "@/lib/applications/queries";
import { MAX_UPLOAD_REQUEST_BYTES, pathAfterUpload, uploadApplicationDocument } from "@/lib/documents/uploads";
import { declaresMoreThan, parseMultipart, readBodyUpTo } from "@/lib/http/capped-body";
import { isSameOrigin } from "@/lib/http/same-origin";
import { maintenanceRouteRefusal } from "@/lib/maintenance/route-refusal";
import { routing } from "@/lib/i18n/routing";

/**
 * The upload the documents page's script sends when JavaScript runs, so it can show progress.
 * It answers where to go next — the same page the form without JavaScript ends on.
 */
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

const noStore = { "Cache-Control": "no-store" };

/**
 * Too large to read: the documents page with the "file too large" message. The page's script puts
 * the locale and the document in the address, since the form itself is never parsed.
 */
function tooLarge(request: Request, id: string): Response {
  const query = new URL(request.url).searchParams;
  const locale = query.get("locale");
  const requirement = query.get("requirement") ?? "";
  const body = hasLocale(routing.locales, locale)
    ? {
        error: "too large",
        location: pathAfterUpload(locale, id, {
          ok: false,
          code: "fileTooLarge",
          requirement: /^[A-Za-z0-9_-]{1,100}$/.test(requirement) ? requirement : "",
        }),
      }
    : { error: "too large" };
  return Response.json(body, { status: 413, headers: noStore });
}

export async function POST(request: Request, { params }: Context): Promise<Response> {
  if (!isSameOrigin(request)) return Response.json({ error: "forbidden" }, { status: 403, headers: noStore });
  // During maintenance: a 503 before the body is read, so nothing is stored (the page opens the maintenance page).
  const closed = await maintenanceRouteRefusal(request);
  if (closed) return closed;
  const user = await getCurrentUser();
  const { id } = await params;
  const application = user ? await getApplication(user, id) : null;
  if (!user || !application || application.userId !== user.id)
    return Response.json({ error: "not found" }, { status: 404, headers: noStore });
  // The size is checked before the body is read: by its declared length, then while it streams in.
  if (declaresMoreThan(request, MAX_UPLOAD_REQUEST_BYTES)) return tooLarge(request, id);
  const body = await readBodyUpTo(request, MAX_UPLOAD_REQUEST_BYTES);
  if (!body) return tooLarge(request, id);
  const formData = await parseMultipart(request, body);
  if (!formData) return Response.json({ error: "bad request" }, { status: 400, headers: noStore });
  const locale = String(formData.get("locale"));
  if (!hasLocale(routing.locales, locale))
    return Response.json({ error: "bad request" }, { status: 400, headers: noStore });
  const outcome = await uploadApplicationDocument(user, id, formData);
  return Response.json(
    { location: pathAfterUpload(locale, id, outcome) },
    { status: outcome.ok ? 201 : 422, headers: noStore },
  );
}
