import localFont from "next/font/local";

// Fonts come from npm (@fontsource): nothing is fetched from the network at build or run time.
// Open Sans for text and Raleway for headings, as in the Ontario Design System.
export const bodyFont = localFont({
  src: [
    {
      path: "../node_modules/@fontsource-variable/open-sans/files/open-sans-latin-wght-normal.woff2",
      style: "normal",
      weight: "300 800",
    },
    {
      path: "../node_modules/@fontsource-variable/open-sans/files/open-sans-latin-wght-italic.woff2",
      style: "italic",
      weight: "300 800",
    },
  ],
  variable: "--font-body",
  display: "swap",
});

export const headingFont = localFont({
  src: [
    { path: "../node_modules/@fontsource/raleway/files/raleway-latin-600-normal.woff2", weight: "600" },
    { path: "../node_modules/@fontsource/raleway/files/raleway-latin-700-normal.woff2", weight: "700" },
  ],
  variable: "--font-heading",
  display: "swap",
});
