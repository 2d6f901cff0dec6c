import { locales, publicPages, test, expect } from "./support";

/**
 * Screenshots of every public page at phone and desktop widths in both languages, kept as CI
 * artifacts (test-results/screenshots) for a person to look at. Also checks nothing overflows
 * sideways on a phone.
 */
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;

for (const [device, viewport] of Object.entries(viewports)) {
  test.describe(`${device} screenshots`, () => {
    test.use({ viewport });
    for (const locale of locales) {
      for (const path of publicPages) {
        test(`${locale}${path || "/"}`, async ({ page }) => {
          await page.goto(`/${locale}${path}`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow).toBeLessThanOrEqual(0);
          const name = `${locale}${path.replaceAll("/", "-") || "-home"}-${device}.png`;
          await page.screenshot({ path: `test-results/screenshots/${name}`, fullPage: true });
        });
      }
    }
  });
}
