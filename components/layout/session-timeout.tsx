"use client";

import { startTransition, useEffect, useRef } from "react";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/button";
import type { AppLocale } from "@/lib/i18n/routing";
import { signOutAction, signOutAfterInactivityAction, staySignedInAction } from "./session-actions";

/** The warning opens this long before the session would end. */
const WARNING_SECONDS = 120;
/** Time left for an open form's answers to reach the server before the session ends there. */
const SAVE_MARGIN_SECONDS = 20;
/** Shared by the tabs of this browser: one session, so work in one tab keeps the others signed in. */
const LAST_CONTACT_KEY = "portal.session.lastContact";
/** Set while an open form is saved at the timeout: the page that comes next ends the session. */
const TIMED_OUT_FROM_KEY = "portal.session.timedOutFrom";

type Controls = { pageChanged: () => void; stay: () => void };

/**
 * The inactivity warning of a signed-in page. The server says how many seconds a page can count on
 * after any request (`idleSeconds`); the count restarts with every server round trip the page makes
 * (a navigation, a form, an upload) and in every tab. Two minutes before the end an alert dialog
 * offers to stay signed in — a request that touches the session without reloading, so nothing typed
 * is lost — or to sign out. At the end, an application form marked `data-autosave` is first saved
 * with its "save and come back later" button, then the session ends and sign-in comes back here.
 * Without JavaScript the server does the same at the next request (requireUser / requireUserForAction).
 */
export function SessionTimeout({ locale, idleSeconds }: { locale: AppLocale; idleSeconds: number }) {
  const t = useTranslations("SessionTimeout");
  const pathname = usePathname();
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const stayRef = useRef<HTMLButtonElement>(null);
  const controls = useRef<Controls | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    let timer: number | undefined;
    let lastContact = Date.now();
    let ending = false;
    let returnFocusTo: HTMLElement | null = null;

    const latestContact = () => Math.max(lastContact, Number(readStored("localStorage", LAST_CONTACT_KEY)) || 0);

    const openWarning = () => {
      if (dialog.open) return;
      returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      stayRef.current?.focus();
    };
    const closeWarning = () => {
      if (!dialog.open) return;
      dialog.close();
      returnFocusTo?.focus();
    };

    const signOutHere = (returnTo: string) => {
      window.clearTimeout(timer);
      writeStored("sessionStorage", TIMED_OUT_FROM_KEY, null);
      startTransition(() => signOutAfterInactivityAction(locale, returnTo));
    };

    const end = () => {
      ending = true;
      closeWarning();
      const returnTo = window.location.pathname + window.location.search;
      const form = document.querySelector<HTMLFormElement>("form[data-autosave]");
      // After a sleeping laptop wakes up the session may be over already: nothing can be saved.
      const stillAlive = Date.now() < latestContact() + idleSeconds * 1000;
      if (!form || !stillAlive) return signOutHere(returnTo);
      writeStored("sessionStorage", TIMED_OUT_FROM_KEY, returnTo);
      form.requestSubmit(form.querySelector<HTMLButtonElement>('button[name="intent"][value="save"]') ?? undefined);
      // The saved form leads to another page, which signs out (pageChanged); if it never arrives, sign out anyway.
      timer = window.setTimeout(() => signOutHere(returnTo), SAVE_MARGIN_SECONDS * 1000);
    };

    const schedule = () => {
      window.clearTimeout(timer);
      if (ending) return;
      const now = Date.now();
      const endAt = latestContact() + (idleSeconds - SAVE_MARGIN_SECONDS) * 1000;
      const warnAt = latestContact() + (idleSeconds - WARNING_SECONDS) * 1000;
      if (now >= endAt) return end();
      if (now >= warnAt) openWarning();
      else closeWarning();
      timer = window.setTimeout(schedule, (now >= warnAt ? endAt : warnAt) - now);
    };

    const contact = () => {
      if (ending) return;
      lastContact = Date.now();
      writeStored("localStorage", LAST_CONTACT_KEY, String(lastContact));
      schedule();
    };

    controls.current = {
      pageChanged() {
        const timedOutFrom = readStored("sessionStorage", TIMED_OUT_FROM_KEY);
        if (timedOutFrom !== null) signOutHere(timedOutFrom);
        else contact();
      },
      stay() {
        closeWarning();
        // Counted from now, before the answer: the request moves lastSeenAt when it arrives, and the
        // timeout must not fire while it travels.
        const before = latestContact();
        contact();
        staySignedInAction().then(
          (alive) => {
            // Ended meanwhile (signed out elsewhere): sign in again, then back here.
            if (!alive)
              router.push(
                `/${locale}/login?next=${encodeURIComponent(window.location.pathname + window.location.search)}`,
              );
          },
          () => {
            // Never reached the server (offline): the count goes back, so the warning is shown again.
            lastContact = before;
            writeStored("localStorage", LAST_CONTACT_KEY, String(before));
            schedule();
          },
        );
      },
    };

    // Server actions, uploads and other requests to the portal count as activity; RSC prefetches
    // (`_rsc`) do not touch the session, and navigations are counted by pageChanged.
    const observer =
      typeof PerformanceObserver === "function"
        ? new PerformanceObserver((entries) => {
            if (entries.getEntries().some(isServerRoundTrip)) contact();
          })
        : null;
    observer?.observe({ type: "resource" });
    const onStorage = (event: StorageEvent) => {
      if (event.key === LAST_CONTACT_KEY) schedule();
    };
    window.addEventListener("storage", onStorage);
    schedule();
    return () => {
      window.clearTimeout(timer);
      observer?.disconnect();
      window.removeEventListener("storage", onStorage);
      controls.current = null;
    };
  }, [idleSeconds, locale, router]);

  // Every page reached is a server round trip (and where a timed-out save lands).
  useEffect(() => {
    controls.current?.pageChanged();
  }, [pathname]);

  return (
    <dialog
      ref={dialogRef}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="session-timeout-title"
      aria-describedby="session-timeout-body"
      className="m-auto w-[calc(100%-2rem)] max-w-lg border-l-8 border-warning bg-white p-6 text-base backdrop:bg-black/60"
      onCancel={(event) => {
        // Escape is the safe answer: the page stays as it is.
        event.preventDefault();
        controls.current?.stay();
      }}
    >
      <h2 id="session-timeout-title" className="mb-3 text-2xl">
        {t("title")}
      </h2>
      <p id="session-timeout-body" className="mb-6 max-w-prose">
        {t("body", { minutes: Math.ceil((WARNING_SECONDS - SAVE_MARGIN_SECONDS) / 60) })}
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <button
          ref={stayRef}
          type="button"
          className={buttonClasses("primary")}
          onClick={() => controls.current?.stay()}
        >
          {t("stay")}
        </button>
        <form action={signOutAction.bind(null, locale)}>
          <button type="submit" className={buttonClasses("secondary")}>
            {t("signOut")}
          </button>
        </form>
      </div>
    </dialog>
  );
}

function isServerRoundTrip(entry: PerformanceEntry): boolean {
  if (!(entry instanceof PerformanceResourceTiming)) return false;
  if (entry.initiatorType !== "fetch" && entry.initiatorType !== "xmlhttprequest") return false;
  const url = new URL(entry.name, window.location.href);
  return url.origin === window.location.origin && !url.searchParams.has("_rsc");
}

type StorageArea = "localStorage" | "sessionStorage";

// Storage can be switched off (private windows, policies): each tab then counts on its own, which
// only makes the warning come sooner, and a timed-out save signs out through its fallback timer.
function readStored(area: StorageArea, key: string): string | null {
  try {
    return window[area].getItem(key);
  } catch {
    return null;
  }
}

function writeStored(area: StorageArea, key: string, value: string | null): void {
  try {
    if (value === null) window[area].removeItem(key);
    else window[area].setItem(key, value);
  } catch {
    // See above: without storage, nothing is shared.
  }
}
