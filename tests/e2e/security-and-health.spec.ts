import { expect, test } from "./support";

test.describe("security headers", () => {
  test("pages carry a nonce-based CSP without unsafe-eval, HSTS, nosniff and no framing", async ({ request }) => {
    // Registration is rendered per request (the anonymous public pages and sign-in are cached: see
    // cached-public-pages.spec.ts for their hash-based policy).
    const response = await request.get("/fr/register");
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-powered-by"]).toBeUndefined();
  });

  test("each page gets a fresh nonce, and Next.js scripts carry it", async ({ page, request }) => {
    const first = (await request.get("/en/register")).headers()["content-security-policy"];
    const second = (await request.get("/en/register")).headers()["content-security-policy"];
    expect(first).not.toEqual(second);

    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto("/en/register");
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });

  test("API responses carry the strict API policy and nosniff", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.headers()["content-security-policy"]).toContain("default-src 'none'");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  });
});

test.describe("/api/health", () => {
  test("returns 200 with the database's reachability, never cached", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "up" });
    expect(response.headers()["cache-control"]).toContain("no-store");
  });
});

test.describe("hostile form input", () => {
  test("a sign-in posted with prototype-polluting field names is answered as usual, and every page still answers", async ({
    page,
    request,
  }) => {
    await page.goto("/fr/login");
    // An address with no account: the attempt costs no demo account a sign-in failure.
    await page.getByLabel("Adresse courriel").fill("personne.inconnue@example.com");
    await page.getByLabel("Mot de passe", { exact: true }).fill("Pas-le-bon-1");
    await page.evaluate(() => {
      const form = document.querySelector("form");
      for (const name of ["__proto__.polluted", "constructor.prototype.polluted", "email.x"]) {
        const input = document.createElement("input");
        input.type = "hidden";
        input.name = name;
        input.value = "yes";
        form?.append(input);
      }
    });
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByRole("alert").first()).toBeVisible();
    for (const path of ["/fr/login", "/en/verify", "/en"]) expect((await request.get(path)).status()).toBe(200);
  });
});
