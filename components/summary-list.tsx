import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";

export type SummaryRow = {
  key: ReactNode;
  value: ReactNode;
  /** "Change" link; `hiddenLabel` names the field for screen readers ("Change premises address"). */
  action?: { href: string; label: ReactNode; hiddenLabel: ReactNode };
};

/** Key/value rows, as on "Check your answers". A <dl>, so each value is tied to its key. */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="mb-8 border-t border-line">
      {rows.map((row, index) => (
        <div
          key={index}
          className="grid gap-1 border-b border-line py-3 sm:grid-cols-[minmax(10rem,1fr)_2fr_auto] sm:gap-6"
        >
          <dt className="font-semibold">{row.key}</dt>
          <dd className="break-words">{row.value}</dd>
          {row.action ? (
            <dd className="sm:text-right">
              <Link href={row.action.href} className="inline-block py-0.5">
                {row.action.label}
                <span className="sr-only"> {row.action.hiddenLabel}</span>
              </Link>
            </dd>
          ) : (
            <dd aria-hidden="true" className="hidden sm:block" />
          )}
        </div>
      ))}
    </dl>
  );
}
