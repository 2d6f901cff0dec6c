import type { Prisma } from "./generated/client";

/**
 * An open transaction, as `getDb().$transaction(async (tx) => …)` hands it over: a function that
 * must run inside the caller's transaction (a lock, an audit row, an e-mail in the outbox) takes one.
 */
export type Tx = Prisma.TransactionClient;
