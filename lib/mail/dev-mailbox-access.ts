import "server-only";
import { getConfig } from "@/lib/config";
import { getCurrentUser, isStaff } from "@/lib/auth/session";
import { isSameSecret } from "@/lib/security/same-secret";

/**
 * Who may read the development mailbox, which shows every e-mail with its links (password resets
 * included): anyone on a local server; on a preview deployment, staff or whoever has
 * DEV_MAILBOX_KEY (so testers can follow their own activation link); nobody anywhere else.
 */
export async function mayOpenDevMailbox(key: string | undefined): Promise<boolean> {
  const { mail, deployment } = getConfig();
  if (!mail.devMailboxEnabled) return false;
  if (deployment === "local") return true;
  if (mail.devMailboxKey && key && isSameSecret(key, mail.devMailboxKey)) return true;
  const user = await getCurrentUser();
  return Boolean(user && isStaff(user));
}
