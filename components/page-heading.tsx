import type { ReactNode } from "react";

/** The page's one h1, with an optional caption above it (e.g. the section of an application). */
export function PageHeading({
  caption,
  children,
  lead,
}: {
  caption?: ReactNode;
  children: ReactNode;
  lead?: ReactNode;
}) {
  return (
    <div className="mb-8">
      {caption ? <p className="mb-1 text-lg text-muted">{caption}</p> : null}
      <h1 className="text-3xl leading-tight sm:text-4xl">{children}</h1>
      {lead ? <p className="mt-4 max-w-prose text-lg sm:text-xl">{lead}</p> : null}
    </div>
  );
}
