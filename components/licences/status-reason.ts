import "server-only";
import { getTranslations } from "next-intl/server";
import { readReason } from "@/lib/licences/history-reasons";

/**
 * How a licence's history reads a status event's reason, for the holder and for staff alike: the
 * portal's own reasons in the reader's language, an officer's reason as written.
 */
export async function statusReasonDescriber(): Promise<(reason: string) => string> {
  const t = await getTranslations("LicencePage");
  return (reason) => {
    const read = readReason(reason);
    switch (read.type) {
      case "text":
        return read.text;
      case "expired":
        return t("notRenewedReason");
      case "ended":
        return t("endedReason");
      case "suspensionEnded":
        return t("suspensionEndedReason");
      case "changedByRequest":
        return t("changedByRequest", { reference: read.reference });
      default:
        return t(`applicationReasons.${read.type}`, { fileNumber: read.fileNumber });
    }
  };
}
