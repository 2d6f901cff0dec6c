import { getCurrentUser } from "@/lib/auth/session";
import { attachmentDisposition } from "@/lib/documents/rules";
import { getDocumentForDownload } from "@/lib/documents/queries";
import { clientIp } from "@/lib/http/client-ip";
import { securityLog } from "@/lib/security/log";

/**
 * Downloads an uploaded document, for its owner and for staff. Anyone else — signed out, or not
 * the owner — gets the same 404 as for a document that does not exist, so the answer never
 * confirms that an id is real.
 */
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

function notFound(): Response {
  return Response.json({ error: "not found" }, { status: 404, headers: { "Cache-Control": "no-store" } });
}

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return notFound();
  const { id } = await params;
  const document = await getDocumentForDownload(user, id);
  if (!document) {
    securityLog({
      event: "id.refused",
      account: user.id,
      ip: clientIp(request.headers),
      outcome: "refused",
      detail: "document",
    });
    return notFound();
  }

  // Copied into a view of a plain ArrayBuffer, the only kind a Response body's type accepts.
  return new Response(new Uint8Array(document.bytes), {
    headers: {
      "Content-Type": document.mimeType,
      "Content-Length": String(document.bytes.byteLength),
      // Always saved, never shown in the portal's origin, even if the bytes were crafted to look like a page.
      "Content-Disposition": attachmentDisposition(document.name),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "sandbox",
      // Personal documents: never kept by a shared cache or the browser's disk cache.
      "Cache-Control": "private, no-store",
    },
  });
}
