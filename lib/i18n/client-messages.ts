import "server-only";
import { getMessages } from "next-intl/server";

/**
 * Only the namespaces that client components read are sent to the browser; everything else is
 * rendered on the server and costs no JavaScript.
 */
const CLIENT_NAMESPACES = ["ErrorSummary", "Fields", "ErrorPage", "Validation"] as const;

export async function pickClientMessages() {
  const messages = await getMessages();
  return Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]]));
}
