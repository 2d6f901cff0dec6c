/**
 * Reading a request body with a ceiling. `request.formData()` reads the whole body into memory
 * before anyone can look at its size, so a route that accepts files refuses an oversized one from
 * its declared length first, and reads the rest through a stream that stops at the ceiling —
 * a chunked body declares no length at all.
 */

/** True when the request declares a body longer than `maxBytes` (an unreadable length counts as too long). */
export function declaresMoreThan(request: Request, maxBytes: number): boolean {
  const declared = request.headers.get("content-length");
  if (declared === null) return false;
  if (!/^\d{1,16}$/.test(declared.trim())) return true;
  return Number(declared) > maxBytes;
}

/** The body's bytes, or null as soon as more than `maxBytes` have arrived (the rest is never read). */
export async function readBodyUpTo(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** The multipart form in `body`, parsed as the request's own content type says; null when it is not one. */
export async function parseMultipart(request: Request, body: Uint8Array<ArrayBuffer>): Promise<FormData | null> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data;/i.test(contentType)) return null;
  try {
    return await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch (error) {
    // A malformed multipart body is the sender's mistake (a 400), not ours.
    if (error instanceof TypeError) return null;
    throw error;
  }
}
