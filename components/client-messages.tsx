import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

/** Namespaces every client component may use (field errors, the error summary). */
const SHARED_CLIENT_NAMESPACES = ["ErrorSummary", "Fields", "ErrorPage", "Validation", "Languages"] as const;

type Namespace = keyof IntlMessages;
type IntlMessages = Awaited<ReturnType<typeof getMessages>>;

/**
 * Sends the browser only the messages its client components need: a page wraps its form in this
 * with the form's namespaces, and everything else stays on the server.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: Namespace[]; children: ReactNode }) {
  const messages = await getMessages();
  const picked = Object.fromEntries([...SHARED_CLIENT_NAMESPACES, ...namespaces].map((namespace) => [namespace, messages[namespace]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
