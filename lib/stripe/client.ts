import "server-only";
import Stripe from "stripe";
import { getConfig } from "@/lib/config";

/**
 * The Stripe client, when Stripe is configured. `STRIPE_API_URL` (tests only) points the real SDK
 * at a local stand-in that speaks Stripe's wire format.
 */
let cached: { key: string; client: Stripe } | undefined;

export function stripeClient(): Stripe | null {
  const settings = getConfig().payments.stripe;
  if (!settings) return null;
  const cacheKey = `${settings.secretKey}|${settings.apiUrl ?? ""}`;
  if (cached?.key === cacheKey) return cached.client;
  const api = settings.apiUrl ? new URL(settings.apiUrl) : null;
  const client = new Stripe(settings.secretKey, {
    maxNetworkRetries: 2,
    telemetry: false,
    ...(api
      ? {
          host: api.hostname,
          port: Number(api.port),
          protocol: api.protocol.replace(":", "") as "http" | "https",
          maxNetworkRetries: 0,
        }
      : {}),
  });
  cached = { key: cacheKey, client };
  return client;
}
