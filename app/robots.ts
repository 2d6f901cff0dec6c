import type { MetadataRoute } from "next";

/**
 * What search engines may read: the public pages (home, help, verify, accessibility, contact,
 * browsers, maintenance, register, sign-in), in both languages. Whatever needs an account, the
 * staff screens, the pages a secret link opens and the API are left out. (Robots only asks: every
 * page checks the session itself.)
 */
const privateSections = [
  "admin",
  "dashboard",
  "applications",
  "licences",
  "profile",
  "inquiries",
  "reports",
  "disclosures",
  "activate",
  "reset-password",
  "dev",
] as const;

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: [...privateSections.map((section) => `/*/${section}`), "/api"],
    },
  };
}
