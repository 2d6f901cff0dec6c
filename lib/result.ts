/**
 * The one shape of an answer from a lib function that can refuse: `{ ok: true, … }` with what was
 * done, or `{ ok: false, reason, … }` with why not (a code the caller turns into a message or a
 * 404) and anything the message needs. Callers branch on `ok`, then on `reason`.
 */
export type Ok<T extends object = object> = { ok: true } & T;
export type Refused<R extends string, Details extends object = object> = { ok: false; reason: R } & Details;
export type Result<T extends object, R extends string, Details extends object = object> = Ok<T> | Refused<R, Details>;
