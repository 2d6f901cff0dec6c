"use client";

import { useSearchParams } from "next/navigation";
import { MAINTENANCE_REFUSED_NOTICE } from "@/lib/maintenance/window";

/**
 * After a form refused by maintenance (`?error=maintenance`, see lib/forms/maintenance.ts): nothing
 * was saved. A client component because a server action's redirect is a soft navigation, which
 * renders the page again but not the layout around it; the search parameters it reads here follow
 * every navigation. The words come translated from the server.
 */
export function MaintenanceRefused({ text, linkLabel, href }: { text: string; linkLabel: string; href: string }) {
  if (useSearchParams().get("error") !== MAINTENANCE_REFUSED_NOTICE) return null;
  return (
    <div className="border-b-4 border-error bg-error-bg">
      <div className="mx-auto max-w-6xl px-4 py-3 sm:px-6">
        <p role="alert" className="font-bold">
          {text} <a href={href}>{linkLabel}</a>
        </p>
      </div>
    </div>
  );
}
