import type { MetadataRoute } from "next";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { brandingFor } from "@/lib/i18n/server";
import { routing } from "@/lib/i18n/routing";

/**
 * The web app manifest in the page's language (the locale layout links it): the portal's name
 * from the branding configuration, read when asked rather than when built.
 */
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response(null, { status: 404 });
  const brand = brandingFor(locale);
  const t = await getTranslations({ locale, namespace: "Manifest" });
  const metadata = await getTranslations({ locale, namespace: "Metadata" });
  const manifest: MetadataRoute.Manifest = {
    name: brand.portal,
    short_name: t("shortName"),
    description: metadata("description", { commission: brand.commission }),
    lang: `${locale}-CA`,
    dir: "ltr",
    start_url: `/${locale}`,
    scope: "/",
    display: "minimal-ui",
    background_color: "#ffffff",
    theme_color: "#1a1a1a",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/apple-icon.png", sizes: "180x180", type: "image/png" },
    ],
  };
  return new Response(JSON.stringify(manifest), {
    headers: { "Content-Type": "application/manifest+json; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
