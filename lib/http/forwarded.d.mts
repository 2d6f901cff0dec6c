import type { IncomingMessage, ServerResponse } from "node:http";

export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedHops: number,
): string;
export function withClientAddress<Req extends IncomingMessage, Res extends ServerResponse>(
  handler: (request: Req, response: Res) => unknown,
  trustedHops: number,
): (request: Req, response: Res) => unknown;
export function trustedHopsFrom(value: string | undefined): number;
