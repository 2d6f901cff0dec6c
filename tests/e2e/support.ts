import { randomInt } from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export { expect };

/**
 * Each journey (and each retry) is a different visitor at an address of its own, told to the server
 * the way a reverse proxy would (serve.sh trusts one hop). Journeys do not then share the per-address
 * limits on registrations, sign-in failures and resets, as the people they play would not: run from
 * one address, the whole suite would lock itself out part way through.
 */
export const test = base.extend({
  extraHTTPHeaders: async ({}, provide) => {
    await provide({ "x-forwarded-for": `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` });
  },
});

export const locales = ["fr", "en"] as const;

/** The public pages that exist for everyone, without an account. */
export const publicPages = ["", "/help", "/contact", "/accessibility", "/browsers"] as const;

/**
 * Fails with the list of axe violations (WCAG 2.2 A and AA rules and best practices). Legacy mode
 * runs axe in the page itself instead of opening a second page to gather the results, a second
 * less per check; only violations are reported. (Axe never finishes on a page whose JavaScript is
 * off: its timers do not run there, so journeys without JavaScript do not call it.)
 */
export async function expectNoAxeViolations(page: Page) {
  // After a link followed in the page, Next.js streams the new page's <title> after its body: wait
  // for it, as a screen reader would, rather than catch the moment between the two.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .setLegacyMode(true)
    .options({ resultTypes: ["violations"] })
    .analyze();
  const summary = results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(" ")).slice(0, 5),
  }));
  expect(summary).toEqual([]);
}

/** Every page has exactly one h1. */
export async function expectOneH1(page: Page) {
  await expect(page.locator("h1")).toHaveCount(1);
}
