"use client";

import { useEffect, useId, useRef } from "react";
import { useTranslations } from "next-intl";

export type ErrorLink = { field: string; message: string };

/**
 * "There is a problem": listed at the top of the form, each error linking to its field.
 * It takes focus when shown so keyboard and screen-reader users land on it; without JavaScript
 * the browser's `autofocus` does the same.
 */
export function ErrorSummary({
  errors,
  formError,
  formErrorLink,
  focusKey,
}: {
  errors: ErrorLink[];
  formError?: string;
  /** A page that explains the form-level error, linked after it (the maintenance page). */
  formErrorLink?: { href: string; label: string };
  /** Focus moves to the summary when this changes (each submission), not on every re-render. */
  focusKey?: string;
}) {
  const t = useTranslations("ErrorSummary");
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const hasErrors = errors.length > 0 || Boolean(formError);

  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [hasErrors, focusKey]);

  if (!hasErrors) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      autoFocus
      role="alert"
      aria-labelledby={titleId}
      className="mb-8 border-4 border-error p-5 focus-visible:outline-4 focus:outline focus:outline-4 focus:outline-focus"
    >
      <h2 id={titleId} className="text-xl sm:text-2xl">
        {t("title")}
      </h2>
      <ul className="mt-3 list-none space-y-2">
        {formError ? (
          <li className="font-bold text-error">
            {formError}
            {formErrorLink ? (
              <>
                {" "}
                <a href={formErrorLink.href} className="text-error visited:text-error hover:text-error">
                  {formErrorLink.label}
                </a>
              </>
            ) : null}
          </li>
        ) : null}
        {errors.map((error) => (
          <li key={error.field}>
            <a href={`#${error.field}`} className="font-bold text-error visited:text-error hover:text-error">
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
