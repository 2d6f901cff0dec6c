import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getConfig } from "@/lib/config";
import { authenticate, type SignInRefusal } from "@/lib/accounts/sign-in";
import { clientIp } from "@/lib/http/client-ip";

/** Carries why a sign-in was refused to the sign-in action, which picks the message. */
export class SignInRefused extends CredentialsSignin {
  constructor(public readonly reason: SignInRefusal) {
    super(reason);
    this.code = reason;
  }
}

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/**
 * next-auth with e-mail + password (Credentials) and JWT sessions. The token carries the user's id
 * and session version; lib/auth/session.ts checks both against the database on every request, so
 * sign-out, a password reset, a disabled account or a role change end existing sessions.
 * Configured lazily so `next build` reads no secret.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const config = getConfig();
  return {
    secret: config.authSecret,
    trustHost: true,
    useSecureCookies: config.appUrl.startsWith("https://"),
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
      jwt({ token, user }) {
        if (user?.id) {
          token.uid = user.id;
          token.sv = user.sessionVersion ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        // Only what the session check needs; profile data is read from the database.
        return { expires: session.expires, uid: token.uid, sv: token.sv } as typeof session;
      },
    },
  };
});
