import "server-only";
import { notFound } from "next/navigation";
import { z, type ZodError, type ZodType } from "zod";
import { requirePermission, requireUserForAction } from "@/lib/auth/guards";
import type { Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { isUuid } from "@/lib/http/ids";
import { defaultLocale, type AppLocale } from "@/lib/i18n/routing";
import { assertActionLocale } from "@/lib/i18n/server";
import { maintenanceUnderWay } from "@/lib/maintenance/schedule";
import type { MaintenancePeriod } from "@/lib/maintenance/window";
import { maintenanceFormState, redirectForMaintenance } from "./maintenance";
import { formDataToObject, invalidForm, type FormState } from "./state";

/**
 * The one way to write a server action. Every action is a public endpoint, so each one says, in
 * this order:
 *   1. who may call it (`guard`): anyone, a signed-in user (else sign-in, coming back here), or
 *      staff with a permission (everyone else gets a 404);
 *   2. what its bound arguments are (`bound`): the page binds them, but a crafted request can send
 *      anything, so each is checked (a locale, a record id…) and anything else is "not found";
 *   3. whether it runs during maintenance (`duringMaintenance`, see MaintenancePolicy): refused,
 *      it answers with the maintenance message before its form is read, and nothing is written;
 *   4. what its form holds (`schema`): zod parses the form's plain data (formDataToObject), so a
 *      field the schema does not declare never reaches the body. A form with no fields declares
 *      `z.object({})`; there is no way to leave the schema out.
 * The body then receives a typed context and returns a FormState (forms that show errors in
 * place, with useActionForm) or ends in a redirect with a flash notice (forms that move on).
 * Nothing here catches: redirect() and notFound() are thrown to Next, unexpected errors too (logged).
 */

/** Who may call an action. Several permissions are all required (each check is a 404 when missing). */
export type Guard = "public" | "user" | { permission: Permission | readonly Permission[] };

type UserFor<G extends Guard> = G extends "public" ? null : SessionUser;

/**
 * Whether an action runs while the portal is under maintenance (lib/maintenance). By default, staff
 * actions (a permission guard) run: the back office keeps working. Every other action is refused:
 * an applicant's or a visitor's action writes (a draft, an upload, a payment attempt, a message, an
 * account, an activation or reset link, a disclosure), and maintenance must find nothing
 * half-written. That includes the public forms that create or change accounts (registration,
 * activation, forgot and reset password, a disclosure by its link): an account created or a password
 * changed while the data is being moved or restored could be lost with it, and the e-mail it sends
 * would point to a portal that refuses the next step. An action that must stay open says
 * `duringMaintenance: "allow"` beside the reason: sign-in (which refuses applicants itself and lets
 * staff in), signing out (which must always work). A public form that touches no account and no
 * file (anonymous feedback, a contact message) may choose either, and says why.
 */
export type MaintenancePolicy = "refuse" | "allow";

/** The maintenance period that refuses this action now, or null. */
async function refusingPeriod(guard: Guard, policy: MaintenancePolicy | undefined): Promise<MaintenancePeriod | null> {
  const effective = policy ?? (typeof guard === "object" ? "allow" : "refuse");
  return effective === "refuse" ? maintenanceUnderWay() : null;
}

/** The language of a refusal when the page's own cannot be read: the caller's, else the default. */
function fallbackLocale(user: SessionUser | null): AppLocale {
  return user?.locale ?? defaultLocale;
}

/** Checks one bound argument and returns it typed; anything else ends in notFound(). */
export type BoundCheck<T> = (value: unknown) => T;

type BoundValues<C extends readonly BoundCheck<unknown>[]> = {
  -readonly [K in keyof C]: C[K] extends BoundCheck<infer T> ? T : never;
};

/** The checks for the arguments pages bind to actions. */
export const bound = {
  /** A locale the site serves (never "//evil.example", which would become an open redirect). */
  locale: (value: unknown): AppLocale => {
    assertActionLocale(value);
    return value;
  },
  /** A record's id: a UUID or not found (PostgreSQL would answer a 500 to anything else). */
  id: (value: unknown): string => (isUuid(value) ? value : notFound()),
  /** A short name from a declaration (a section's id, a link's token): checked again where it is used. */
  name: (value: unknown): string =>
    typeof value === "string" && value.length > 0 && value.length <= 200 ? value : notFound(),
  /** A name, or null for a new one (a list item's key in its answers). */
  optionalName: (value: unknown): string | null => (value === null ? null : bound.name(value)),
  /** One of a fixed list. */
  oneOf:
    <const T extends string>(values: readonly T[]) =>
    (value: unknown): T =>
      (values as readonly unknown[]).includes(value) ? (value as T) : notFound(),
  /** Anything: for values the body checks itself (e.g. a return path through safeReturnPath). */
  unchecked: (value: unknown): unknown => value,
} as const;

export type ActionContext<G extends Guard, A, I> = {
  /** The caller, per the guard (null for a public action). */
  user: UserFor<G>;
  /** The bound arguments, checked. */
  args: A;
  /** The form, parsed by the schema. */
  input: I;
  /** The raw form, for the few readers that take one by design (declared application fields, the human check). */
  formData: FormData;
};

type Definition<G extends Guard, C extends readonly BoundCheck<unknown>[], S extends ZodType> = {
  guard: G;
  bound: C;
  /** The form's schema, or a function of the bound arguments returning it (field names carrying an id). */
  schema: S | ((...args: BoundValues<C>) => S);
  /** Omitted: staff actions run during maintenance, all others are refused (see MaintenancePolicy). */
  duringMaintenance?: MaintenancePolicy;
};

async function admit<G extends Guard>(guard: G): Promise<UserFor<G>> {
  if (guard === "public") return null as UserFor<G>;
  if (guard === "user") return (await requireUserForAction()) as UserFor<G>;
  const needed = (Array.isArray(guard.permission) ? guard.permission : [guard.permission]) as readonly Permission[];
  let user: SessionUser | undefined;
  for (const permission of needed) user = await requirePermission(permission);
  if (!user) notFound();
  return user as UserFor<G>;
}

function checkBound<C extends readonly BoundCheck<unknown>[]>(checks: C, values: readonly unknown[]): BoundValues<C> {
  // A crafted request may send fewer or more arguments than the page binds.
  if (values.length !== checks.length) notFound();
  return checks.map((check, index) => check(values[index])) as BoundValues<C>;
}

function schemaOf<C extends readonly BoundCheck<unknown>[], S extends ZodType>(
  definition: Definition<Guard, C, S>,
  args: BoundValues<C>,
): S {
  return typeof definition.schema === "function"
    ? (definition.schema as (...values: BoundValues<C>) => S)(...args)
    : definition.schema;
}

/**
 * An action for a form that shows its errors in place (useActionForm): called as
 * `(…bound, previousState, formData)`. An invalid form comes back with its field errors and what
 * was typed; the body returns a FormState or redirects.
 */
export function stateAction<const G extends Guard, const C extends readonly BoundCheck<unknown>[], S extends ZodType>(
  definition: Definition<G, C, S> & {
    run: (context: ActionContext<G, BoundValues<C>, z.output<S>>) => Promise<FormState>;
  },
): (...params: [...BoundValues<C>, FormState, FormData]) => Promise<FormState> {
  return async (...params) => {
    const formData = params.at(-1);
    const user = await admit(definition.guard);
    const args = checkBound(definition.bound, params.slice(0, -2));
    if (!(formData instanceof FormData)) notFound();
    const closed = await refusingPeriod(definition.guard, definition.duringMaintenance);
    if (closed) return maintenanceFormState(formData, closed, fallbackLocale(user));
    const parsed = schemaOf(definition, args).safeParse(formDataToObject(formData));
    if (!parsed.success) return invalidForm(parsed.error, formData);
    return definition.run({ user, args, input: parsed.data as z.output<S>, formData });
  };
}

/**
 * An action for a form that moves on (a redirect with a flash notice): called as
 * `(…bound, formData)`. It ends in a redirect; an invalid form is "not found" (the page's own
 * form cannot send one: only hidden ids and fixed choices are parsed) unless `invalid` says where
 * to go instead.
 */
export function redirectAction<
  const G extends Guard,
  const C extends readonly BoundCheck<unknown>[],
  S extends ZodType,
>(
  definition: Definition<G, C, S> & {
    run: (context: ActionContext<G, BoundValues<C>, z.output<S>>) => Promise<never>;
    invalid?: (context: Omit<ActionContext<G, BoundValues<C>, ZodError>, "input"> & { error: ZodError }) => never;
  },
): (...params: [...BoundValues<C>, FormData]) => Promise<void> {
  return async (...params) => {
    const formData = params.at(-1);
    const user = await admit(definition.guard);
    const args = checkBound(definition.bound, params.slice(0, -1));
    if (!(formData instanceof FormData)) notFound();
    if (await refusingPeriod(definition.guard, definition.duringMaintenance))
      return redirectForMaintenance(fallbackLocale(user));
    const parsed = schemaOf(definition, args).safeParse(formDataToObject(formData));
    if (!parsed.success)
      return definition.invalid ? definition.invalid({ user, args, formData, error: parsed.error }) : notFound();
    await definition.run({ user, args, input: parsed.data as z.output<S>, formData });
  };
}

/**
 * An action a script calls with its bound arguments only (no form): the inactivity warning's
 * "Stay signed in" and its sign-out at the timeout. During maintenance, a refused one redirects.
 */
export function callAction<const G extends Guard, const C extends readonly BoundCheck<unknown>[], R>(definition: {
  guard: G;
  bound: C;
  duringMaintenance?: MaintenancePolicy;
  run: (context: { user: UserFor<G>; args: BoundValues<C> }) => Promise<R>;
}): (...params: BoundValues<C>) => Promise<R> {
  return async (...params) => {
    const user = await admit(definition.guard);
    const args = checkBound(definition.bound, params);
    // No form to answer in: the script that called it follows the redirect to the page and its notice.
    if (await refusingPeriod(definition.guard, definition.duringMaintenance))
      return redirectForMaintenance(fallbackLocale(user));
    return definition.run({ user, args });
  };
}

/**
 * A form whose field names carry a record's id because several forms share a page
 * (`amount-<orderId>`, `receivedOn-<orderId>.day`): the fields with that suffix, without it.
 */
export function fieldsFor<S extends ZodType>(id: string, schema: S) {
  const suffix = `-${id}`;
  return z.preprocess((raw) => {
    const fields: Record<string, unknown> = Object.create(null);
    if (typeof raw !== "object" || raw === null) return fields;
    for (const [name, value] of Object.entries(raw))
      if (name.endsWith(suffix)) fields[name.slice(0, -suffix.length)] = value;
    return fields;
  }, schema);
}
