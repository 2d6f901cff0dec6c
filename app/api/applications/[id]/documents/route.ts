import { hasLocale } from "next-intl";
import { getCurrentUser } from "@/lib/auth/session";
import { getApplication } from "@/lib/applications/data";
import { pathAfterUpload, uploadApplicationDocument } from "@/lib/applications/uploads";
import { isSameOrigin } from "@/lib/http/same-origin";
import { routing } from "@/lib/i18n/routing";

/**
 * The upload the documents page's script sends when JavaScript runs, so it can show progress.
 * It answers where to go next — the same page the form without JavaScript ends on.
 */
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

const noStore = { "Cache-Control": "no-store" };

export async function POST(request: Request, { params }: Context): Promise<Response> {
  if (!isSameOrigin(request)) return Response.json({ error: "forbidden" }, { status: 403, headers: noStore });
  const user = await getCurrentUser();
  const { id } = await params;
  const application = user ? await getApplication(user, id) : null;
  if (!user || !application || application.userId !== user.id) return Response.json({ error: "not found" }, { status: 404, headers: noStore });
  const formData = await request.formData();
  const locale = String(formData.get("locale"));
  if (!hasLocale(routing.locales, locale)) return Response.json({ error: "bad request" }, { status: 400, headers: noStore });
  const outcome = await uploadApplicationDocument(user, id, formData);
  return Response.json({ location: pathAfterUpload(locale, id, outcome) }, { status: outcome.ok ? 201 : 422, headers: noStore });
}
