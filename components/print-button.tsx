"use client";

import { useSyncExternalStore } from "react";
import { buttonClasses } from "./button";

const subscribe = () => () => {};

/** "Print this page": only where JavaScript runs (without it, the browser's own Print is there). */
export function PrintButton({ label }: { label: string }) {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  if (!hydrated) return null;
  return (
    <button type="button" onClick={() => window.print()} className={buttonClasses("secondary")}>
      {label}
    </button>
  );
}
