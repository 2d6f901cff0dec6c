import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { pickClientMessages, type Namespace } from "@/lib/i18n/client-messages";

/** Wraps a page's client form with the messages it needs, and nothing more. */
export async function ClientMessages({ namespaces, children }: { namespaces: Namespace[]; children: ReactNode }) {
  return <NextIntlClientProvider messages={await pickClientMessages(namespaces)}>{children}</NextIntlClientProvider>;
}
