"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { bound, redirectAction, stateAction } from "@/lib/forms/action";
import { withFlash } from "@/lib/forms/flash";
import { refreshPublicPages } from "@/lib/page-cache/public-pages";
import { echoValues } from "@/lib/forms/state";
import { addMaintenanceWindowSchema } from "@/lib/maintenance-windows/schemas";
import {
  addMaintenanceWindow,
  cancelMaintenanceWindow,
  cancelWeeklyOccurrence,
  restoreWeeklyOccurrence,
} from "@/lib/maintenance-windows/staff";

/**
 * The maintenance schedule's staff actions: administrators only (manageMaintenance), and open
 * during maintenance like every staff action, so a window under way can be ended early.
 */

const pagePath = (locale: string) => `/${locale}/admin/maintenance`;

export const addMaintenanceWindowAction = stateAction({
  guard: { permission: "manageMaintenance" },
  bound: [bound.locale],
  schema: addMaintenanceWindowSchema,
  run: async ({ user: staff, args: [locale], input, formData }) => {
    const added = await addMaintenanceWindow(staff, input);
    if (!added.ok && added.reason === "notAllowed") notFound();
    if (!added.ok)
      return { status: "error", fieldErrors: added.fieldErrors, values: echoValues(formData), submittedAt: Date.now() };
    refreshPublicPages();
    redirect(withFlash(pagePath(locale), { done: "added" }));
  },
});

export const cancelMaintenanceWindowAction = redirectAction({
  guard: { permission: "manageMaintenance" },
  bound: [bound.locale],
  schema: z.object({ windowId: z.uuid() }),
  run: async ({ user: staff, args: [locale], input }) => {
    const cancelled = await cancelMaintenanceWindow(staff, input.windowId);
    refreshPublicPages();
    redirect(withFlash(pagePath(locale), cancelled ? { done: "cancelled" } : { error: "notChanged" }));
  },
});

/** A weekly occurrence is named by its start, as the page lists it. */
const occurrenceForm = z.object({ startsAt: z.iso.datetime().transform((value) => new Date(value)) });

export const cancelWeeklyMaintenanceAction = redirectAction({
  guard: { permission: "manageMaintenance" },
  bound: [bound.locale],
  schema: occurrenceForm,
  run: async ({ user: staff, args: [locale], input }) => {
    const cancelled = await cancelWeeklyOccurrence(staff, input.startsAt);
    refreshPublicPages();
    redirect(withFlash(pagePath(locale), cancelled ? { done: "weeklyCancelled" } : { error: "notChanged" }));
  },
});

export const restoreWeeklyMaintenanceAction = redirectAction({
  guard: { permission: "manageMaintenance" },
  bound: [bound.locale],
  schema: occurrenceForm,
  run: async ({ user: staff, args: [locale], input }) => {
    const restored = await restoreWeeklyOccurrence(staff, input.startsAt);
    refreshPublicPages();
    redirect(withFlash(pagePath(locale), restored ? { done: "restored" } : { error: "notChanged" }));
  },
});
