"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { changeRole, setAccountDisabled } from "@/lib/accounts/staff";
import { bound, redirectAction } from "@/lib/forms/action";

export const setAccountDisabledAction = redirectAction({
  guard: { permission: "disableAccounts" },
  bound: [bound.locale],
  schema: z.object({ userId: z.uuid(), disabled: z.enum(["yes", "no"]) }),
  run: async ({ user: staff, args: [locale], input }) => {
    await setAccountDisabled(staff, input.userId, input.disabled === "yes");
    redirect(`/${locale}/admin/accounts/${input.userId}`);
  },
});

export const changeRoleAction = redirectAction({
  guard: { permission: "manageStaff" },
  bound: [bound.locale],
  schema: z.object({ userId: z.uuid(), role: z.enum(["applicant", "customer_service", "licensing_officer", "admin"]) }),
  run: async ({ user: admin, args: [locale], input }) => {
    await changeRole(admin, input.userId, input.role);
    redirect(`/${locale}/admin/accounts/${input.userId}`);
  },
});
