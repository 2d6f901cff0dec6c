import "server-only";
import { revalidatePath } from "next/cache";

/**
 * After news or maintenance changes: the cached public pages and sign-in (app/prerendered) show
 * them (news and the schedule on the home page, the notice under every header), so their renders
 * are dropped and the next visit renders them again. Call from server actions only.
 */
export function refreshPublicPages(): void {
  revalidatePath("/prerendered/[locale]/[page]", "page");
  revalidatePath("/prerendered/[locale]/login", "page");
}
