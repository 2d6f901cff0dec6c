/** An amount in cents as the reader writes it: "$1,055.00" or « 1 055,00 $ » (e-mails, receipts). */
export function formatCad(cents: number, locale: "fr" | "en"): string {
  return new Intl.NumberFormat(`${locale}-CA`, { style: "currency", currency: "CAD", currencyDisplay: "narrowSymbol" }).format(cents / 100);
}
