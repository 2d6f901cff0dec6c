"use server";

import { z } from "zod";
import { signOut } from "@/lib/auth/auth";
import { getCurrentUser } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/auth/safe-redirect";
import { withFlash } from "@/lib/forms/flash";
import { bound, callAction, redirectAction } from "@/lib/forms/action";

/**
 * The signed-in session's own actions, for the account menu and the inactivity warning on every page.
 * They stay open during maintenance: signing out must always work (a shared computer), and keeping
 * or ending a session changes nothing in anyone's file.
 */

/**
 * Ends this browser's session (next-auth's signOut event closes its row) and clears the cookie; the
 * account's other sessions go on. "Sign out everywhere" is on the profile page.
 */
export const signOutAction = redirectAction({
  guard: "public",
  duringMaintenance: "allow",
  bound: [bound.locale],
  schema: z.object({}),
  run: async ({ args: [locale] }) => signOut({ redirectTo: withFlash(`/${locale}/login`, { done: "signed-out" }) }),
});

/**
 * "Stay signed in" from the inactivity warning: any request moves the session's lastSeenAt, this
 * one does nothing else, so the page stays as it is. Answers whether the session was still alive.
 */
export const staySignedInAction = callAction({
  guard: "public",
  duringMaintenance: "allow",
  bound: [],
  run: async () => (await getCurrentUser()) !== null,
});

/**
 * The inactivity timeout ran out in the browser (after saving any open application form): this
 * session ends and sign-in comes back to `returnTo` afterwards.
 */
export const signOutAfterInactivityAction = callAction({
  guard: "public",
  duringMaintenance: "allow",
  bound: [bound.locale, bound.unchecked],
  run: async ({ args: [locale, returnTo] }): Promise<void> => {
    const next = safeReturnPath(returnTo, locale);
    await signOut({ redirectTo: withFlash(`/${locale}/login`, { done: "timed-out" }, { next }) });
  },
});
