import type { ReactNode } from "react";

/**
 * A part of a page shown on demand (a native <details>, so it works without JavaScript): a form
 * seldom used, kept out of the way. `open` keeps it open once its form has answered (an error, a
 * success), so what the answer says is not hidden again.
 */
export function DisclosureDetails({
  summary,
  open,
  children,
}: {
  summary: ReactNode;
  open?: boolean;
  children: ReactNode;
}) {
  return (
    <details className="group mb-6" open={open || undefined}>
      <summary className="mb-4 flex min-h-11 cursor-pointer items-center gap-3 text-lg font-semibold text-brand hover:text-brand-dark">
        <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
          ▸
        </span>
        {summary}
      </summary>
      {children}
    </details>
  );
}
