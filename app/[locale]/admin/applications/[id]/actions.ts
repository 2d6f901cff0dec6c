"use server";

import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/guards";
import { addInternalNote, assignApplication, decide, type Decision } from "@/lib/applications/review";
import type { AppLocale } from "@/lib/i18n/routing";
import { assertActionLocale } from "@/lib/i18n/server";

/** Staff actions on a file: each checks the permission here and again in lib/applications/review. */

const decisions: readonly Decision[] = ["startReview", "requestInformation", "approve", "refuse"];

export async function decideAction(locale: AppLocale, id: string, decision: Decision, formData: FormData): Promise<void> {
  assertActionLocale(locale);
  const staff = await requirePermission("reviewApplications");
  const base = `/${locale}/admin/applications/${id}`;
  if (!decisions.includes(decision)) redirect(base);
  const result = await decide(staff, id, decision, String(formData.get(`message-${decision}`) ?? ""));
  redirect(result.ok ? `${base}?done=${decision}` : `${base}?error=${result.reason}&decision=${decision}`);
}

export async function assignAction(locale: AppLocale, id: string, formData: FormData): Promise<void> {
  assertActionLocale(locale);
  const staff = await requirePermission("reviewApplications");
  const assignee = String(formData.get("assignee") ?? "");
  await assignApplication(staff, id, assignee === "" ? null : assignee);
  redirect(`/${locale}/admin/applications/${id}?done=assigned`);
}

export async function noteAction(locale: AppLocale, id: string, formData: FormData): Promise<void> {
  assertActionLocale(locale);
  const staff = await requirePermission("reviewApplications");
  const added = await addInternalNote(staff, id, String(formData.get("note") ?? ""));
  redirect(`/${locale}/admin/applications/${id}${added ? "?done=note#notes" : "?error=noteRequired#notes"}`);
}
