import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getConfig } from "@/lib/config";
import { authenticate, type SignInRefusal } from "@/lib/auth/sign-in";
import { clientIp } from "@/lib/http/client-ip";
import { endUserSession, sessionTokenFor, SESSION_MAX_AGE_SECONDS } from "./user-sessions";

/** Carries why a sign-in was refused to the sign-in action, which picks the message. */
export class SignInRefused extends CredentialsSignin {
  constructor(public readonly reason: SignInRefusal) {
    super(reason);
    this.code = reason;
  }
}

/** next-auth marks its cookies Secure (and prefixes their names) when the portal is served over HTTPS. */
export const usesSecureCookies = (appUrl: string): boolean => appUrl.startsWith("https://");

/**
 * next-auth with e-mail + password (Credentials) and JWT sessions. The token carries the user's id,
 * the session version and this browser's session row (lib/auth/user-sessions.ts), checked against
 * the database on every read — by our pages and by next-auth's own /api/auth routes — so a sign-out,
 * "sign out everywhere", a password reset, a disabled account, a role change or the idle timeout
 * end the session. Configured lazily so `next build` reads no secret.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const config = getConfig();
  return {
    secret: config.authSecret,
    trustHost: true,
    useSecureCookies: usesSecureCookies(config.appUrl),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
    pages: { signIn: "/fr/login", error: "/fr/login" },
    // A refused sign-in is an expected answer, not a server error worth a stack trace in the logs.
    logger: {
      error(error: Error) {
        if (error instanceof CredentialsSignin) return;
        console.error(error);
      },
    },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(credentials, request) {
          const email = typeof credentials.email === "string" ? credentials.email : "";
          const password = typeof credentials.password === "string" ? credentials.password : "";
          const result = await authenticate(email, password, { ip: clientIp(request.headers) });
          if (!result.ok) throw new SignInRefused(result.reason);
          return { id: result.user.id, sessionVersion: result.user.sessionVersion };
        },
      }),
    ],
    callbacks: {
      // Null ends the token: next-auth clears the cookie and answers "no session".
      jwt: ({ token, user }) => sessionTokenFor({ token, user }),
      session({ session, token }) {
        // Only what the session check needs; profile data is read from the database.
        return { expires: session.expires, uid: token.uid, sv: token.sv, sid: token.sid } as typeof session;
      },
    },
    events: {
      // Sign-out, through our button or next-auth's /api/auth/signout, ends this browser's session.
      async signOut(message) {
        if ("token" in message) await endUserSession(message.token?.sid);
      },
    },
  };
});
