import type { ComponentProps } from "react";
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

const navigation = createNavigation(routing);

export const { redirect, usePathname, useRouter, getPathname } = navigation;

/**
 * The portal's link: next-intl's, without prefetching. Every page is rendered per request, so a
 * prefetch is a server render that nobody may ever look at — a page with a dozen links in view
 * cost a dozen renders. A click fetches the page it goes to, once.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof navigation.Link>) {
  return <navigation.Link prefetch={prefetch} {...props} />;
}
