import type { APIRequestContext, APIResponse, Page } from "@playwright/test";
import { expect, locales, test } from "./support";
import { DEMO_PASSWORD, signIn, signedIn } from "./accounts-support";
import { inlineScriptHashes } from "@/lib/security/page-policy.mjs";

/**
 * The anonymous public pages come from a render cached for every visitor (app/prerendered, chosen
 * by proxy.ts). Their CSP allows exactly their own inline scripts by hash: no nonce, which could
 * not be fresh for each visitor, and no 'unsafe-inline'.
 */
const scriptSources = (policy: string) =>
  policy
    .split("; ")
    .find((directive) => directive.startsWith("script-src "))
    ?.split(" ")
    .slice(1) ?? [];

/** Collects CSP violations and script errors the page reports from now on. */
function watchForBlockedScripts(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return problems;
}

/** Served from the cache: fresh, or stale while it renders again in the background. */
const fromCache = (cacheState: string | undefined) => cacheState === "HIT" || cacheState === "STALE";

/**
 * Asks for a page until it comes from the cache, and gives every answer: each server process
 * keeps its own render, and a news journey running beside this one may have just made them render
 * again.
 */
async function requestUntilCached(request: APIRequestContext, path: string): Promise<APIResponse[]> {
  const responses: APIResponse[] = [];
  do responses.push(await request.get(path));
  while (!fromCache(responses.at(-1)?.headers()["x-nextjs-cache"]) && responses.length < 6);
  expect(fromCache(responses.at(-1)?.headers()["x-nextjs-cache"])).toBe(true);
  return responses;
}

/** The same, in the browser. */
async function openFromCache(page: Page, path: string) {
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const response = await page.goto(path);
    if (fromCache(response?.headers()["x-nextjs-cache"])) return;
  }
  throw new Error(`${path} never came from the cache`);
}

test.describe("cached public pages", () => {
  for (const locale of locales) {
    test(`${locale}: the home page is served from the cache with a policy of its own scripts' hashes`, async ({
      request,
    }) => {
      // The first answer may be a render (a miss): its policy is made the same way.
      for (const response of await requestUntilCached(request, `/${locale}`)) {
        expect(response.status()).toBe(200);
        const body = await response.text();
        // Exactly the page's own inline scripts (each server process holds its own render, and a
        // render made after news changed has other scripts: each answer matches its own body).
        expect(scriptSources(response.headers()["content-security-policy"] ?? "")).toEqual([
          "'self'",
          ...inlineScriptHashes(body),
        ]);
        expect(inlineScriptHashes(body).length).toBeGreaterThan(0);
        expect(body).not.toMatch(/<script[^>]*\snonce=/);
      }
    });

    test(`${locale}: a cached page's scripts run under its policy on a cache hit`, async ({ page }) => {
      const problems = watchForBlockedScripts(page);
      await openFromCache(page, `/${locale}`);
      // A link followed without reloading the document shows that Next.js's scripts took over the page.
      await page.evaluate(() => Object.assign(window, { documentMarker: true }));
      await page.locator(`main a[href="/${locale}/help"]`).first().click();
      await page.waitForURL(`**/${locale}/help`);
      expect(await page.evaluate(() => "documentMarker" in window)).toBe(true);
      // The layout follows the page: the language toggle now leads to the other language's help.
      const other = locale === "fr" ? "en" : "fr";
      await expect(page.locator(`header a[hreflang="${other}"]`)).toHaveAttribute("href", `/${other}/help`);
      await page.locator("details > summary").first().click();
      expect(problems).toEqual([]);
    });
  }

  test("the language toggle and hreflang links of a cached page point to the same page", async ({ page }) => {
    await page.goto("/fr/accessibility");
    await page.goto("/fr/accessibility");
    await expect(page.locator('link[rel="alternate"][hreflang="en-CA"]')).toHaveAttribute(
      "href",
      /\/en\/accessibility$/,
    );
    await page.locator('header a[hreflang="en"]').click();
    await expect(page).toHaveURL(/\/en\/accessibility$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("the licence check's empty form is cached; a lookup is answered for the visitor", async ({ request }) => {
    await requestUntilCached(request, "/en/verify");
    const lookup = await request.get("/en/verify?number=LSL-2025-999999");
    expect(lookup.headers()["x-nextjs-cache"]).toBeUndefined();
    expect(lookup.headers()["content-security-policy"]).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  });

  for (const [locale, javaScriptEnabled, email] of [
    ["fr", true, "marie.tremblay@example.com"],
    ["en", false, "john.smith@example.com"],
  ] as const) {
    test(`${locale}, JavaScript ${javaScriptEnabled ? "on" : "off"}: the cached sign-in page signs in; signed in, it sends the visitor on`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled, locale: locale === "fr" ? "fr-CA" : "en-CA" });
      const page = await context.newPage();
      const problems = watchForBlockedScripts(page);
      await openFromCache(page, `/${locale}/login`);
      await signIn(page, locale, email, DEMO_PASSWORD);
      await page.waitForURL(/dashboard/);
      // With a session cookie the page is rendered for the visitor, who is sent on.
      const again = await page.goto(`/${locale}/login`);
      expect(again?.url()).toMatch(new RegExp(`/${locale}/dashboard$`));
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  test("a signed-in visitor still gets their menu on the home page, rendered for them", async ({ browser }) => {
    const page = await signedIn(browser, "john.smith@example.com", "en");
    const problems = watchForBlockedScripts(page);
    const response = await page.goto("/en");
    expect(response?.headers()["x-nextjs-cache"]).toBeUndefined();
    expect(response?.headers()["content-security-policy"]).toMatch(/'nonce-/);
    const header = page.locator("header");
    await expect(header.getByRole("link", { name: "Main menu" })).toBeVisible();
    await expect(header.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(header.getByRole("link", { name: "Sign in" })).toHaveCount(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

test.describe("cached public pages without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a wrong password on the cached sign-in page is answered for the visitor: the error, and a nonce of its own", async ({
    page,
  }) => {
    await openFromCache(page, "/en/login");
    const answer = page.waitForResponse((response) => response.request().method() === "POST");
    await signIn(page, "en", "nobody@example.com", "Wrong-password-1");
    const headers = (await answer).headers();
    expect(headers["cache-control"]).toContain("no-store");
    const nonce = /'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/.exec(headers["content-security-policy"] ?? "")?.[1];
    expect(nonce).toBeTruthy();
    expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
      "The e-mail address or password is incorrect",
    );
    await expect(page.getByLabel("E-mail address")).toHaveValue("nobody@example.com");
    // The answer was not kept: the next visitor gets the empty form.
    const next = await page.request.get("/en/login");
    expect(await next.text()).not.toContain("nobody@example.com");
  });

  test("the licence check's cached form still looks a licence up", async ({ page }) => {
    await page.goto("/en/verify");
    await page.goto("/en/verify");
    await page.getByRole("textbox").first().fill("LSL-2025-999999");
    await page.getByRole("main").getByRole("button").first().click();
    await expect(page).toHaveURL(/\/en\/verify\?number=LSL-2025-999999/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});
