import { getCurrentUser } from "@/lib/auth/session";
import { attachmentDisposition } from "@/lib/documents/rules";
import { getDocumentStorage } from "@/lib/documents/storage";
import { getComplianceDocumentPdf } from "@/lib/licences/compliance-documents";
import { clientIp } from "@/lib/http/client-ip";
import { securityLog } from "@/lib/security/log";

/**
 * A compliance document of a licence as a PDF, for the accounts linked to its holder and for staff
 * who view files. Anyone else — signed out, or not linked — gets the same 404 as for a document
 * that does not exist, so the answer never confirms that an id is real.
 */
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; documentId: string }> };

function notFound(): Response {
  return Response.json({ error: "not found" }, { status: 404, headers: { "Cache-Control": "no-store" } });
}

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return notFound();
  const { id, documentId } = await params;
  const document = await getComplianceDocumentPdf(user, id, documentId, getDocumentStorage());
  if (!document) {
    securityLog({
      event: "id.refused",
      account: user.id,
      ip: clientIp(request.headers),
      outcome: "refused",
      detail: "compliance_document",
    });
    return notFound();
  }

  // Copied into a view of a plain ArrayBuffer, the only kind a Response body's type accepts.
  return new Response(new Uint8Array(document.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(document.bytes.byteLength),
      // Always saved, never shown in the portal's origin, even if an uploaded file was crafted to look like a page.
      "Content-Disposition": attachmentDisposition(document.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "sandbox",
      // A licence holder's file: never kept by a shared cache or the browser's disk cache.
      "Cache-Control": "private, no-store",
    },
  });
}
