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
  // After a link followed in the page, Next.js streams the new page's <title> after its body, and
  // may swap the old title for the new one in a commit of its own: wait for one, as a screen reader
  // would, and look again when axe caught the moment between (a page without a title still fails).
  let summary: AxeSummary = [];
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await expect(page).toHaveTitle(/\S/);
    summary = await axeViolations(page);
    const onlyTheTitle = summary.length > 0 && summary.every((violation) => violation.id === "document-title");
    if (!onlyTheTitle) break;
  }
  expect(summary).toEqual([]);
}

type AxeSummary = Array<{ id: string; impact: string | null | undefined; targets: string[] }>;

async function axeViolations(page: Page): Promise<AxeSummary> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .setLegacyMode(true)
    .options({ resultTypes: ["violations"] })
    .analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(" ")).slice(0, 5),
  }));
}

/** Every page has exactly one h1. */
export async function expectOneH1(page: Page) {
  await expect(page.locator("h1")).toHaveCount(1);
}
