import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

/** next-intl's locale routing, as its setup guide has it (and so the portal's proxy.ts is not picked up). */
export default createMiddleware(routing);

export const config = { matcher: ["/((?!api|_next|.*\\..*).*)"] };
