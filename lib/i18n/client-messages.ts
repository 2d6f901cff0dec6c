import "server-only";
import { getMessages } from "next-intl/server";

type Messages = Awaited<ReturnType<typeof getMessages>>;
export type Namespace = keyof Messages;

/** Namespaces every client component may use: field errors, the error summary, language names. */
const SHARED_CLIENT_NAMESPACES = ["ErrorSummary", "Fields", "ErrorPage", "Validation", "Languages"] as const;

/**
 * Only the namespaces that client components read are sent to the browser; everything else is
 * rendered on the server and costs no JavaScript. Pages add their forms' own namespaces.
 */
export async function pickClientMessages(namespaces: readonly Namespace[] = []) {
  const messages = await getMessages();
  return Object.fromEntries(
    [...SHARED_CLIENT_NAMESPACES, ...namespaces].map((namespace) => [namespace, messages[namespace]]),
  );
}
