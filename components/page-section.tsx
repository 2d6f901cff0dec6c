import type { ReactNode } from "react";

/**
 * One way to name a part of a page for screen readers: a `<section>` labelled by its own `<h2>`
 * (`aria-labelledby` points at the heading's id), so the section is announced as a region with
 * the heading's text and listed among the page's landmarks and headings.
 *
 * Server-safe: no "use client" and no server-only imports, so server and client components can both use it.
 * The `id` is the heading's id; keep it stable, as tests and in-page links may rely on it.
 */
export function PageSection({
  id,
  title,
  className,
  headingClassName,
  children,
}: {
  id: string;
  title: ReactNode;
  className?: string;
  headingClassName?: string;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={headingClassName ?? "mb-4 text-2xl"}>
        {title}
      </h2>
      {children}
    </section>
  );
}
