import { z } from "zod";
import type { KindDeclaration } from "./names";
import { text } from "../fields";

/**
 * Registration of a gaming operator (commercial site): a placeholder declaration until the gaming
 * kinds are built (issue 15). Its $100,000 fee is what reaches the wire/EFT threshold (SPEC §7), so
 * the demo data seeds one such application awaiting payment. Not offered on the start page yet;
 * approved, it registers the operator it names — not a liquor licence.
 */
export const gamingOperatorNew: KindDeclaration<"GamingOperatorApplication"> = {
  id: "gaming_operator_new",
  prefix: "GOP",
  type: "new",
  messages: "GamingOperatorApplication",
  sections: [
    {
      id: "operator",
      groupKey: "about",
      page: "form",
      fields: [
        { name: "legalName", control: "text", schema: text(), autoComplete: "organization" },
        { name: "siteName", control: "text", schema: text() },
        { name: "businessNumber", control: "text", schema: z.string().regex(/^\d{9}$/), width: "code", numeric: true },
      ],
    },
  ],
  documents: [],
  terms: [],
  businessNumberAnswer: { section: "operator", field: "businessNumber" },
  outcome: {
    applicant: "business",
    applicantRecord: (answers) => ({
      type: "business",
      business: {
        legalName: String(answers.operator?.legalName ?? ""),
        operatingName: typeof answers.operator?.siteName === "string" ? answers.operator.siteName : null,
        entityType: "corporation",
        businessNumber: typeof answers.operator?.businessNumber === "string" ? answers.operator.businessNumber : null,
        email: null,
        phone: null,
        mailingAddress: null,
        physicalAddress: null,
      },
    }),
    approval: () => ({
      type: "issue",
      issued: {
        licenceKind: "gaming_registration",
        numberPrefix: "GOP",
        validity: { type: "term", years: 1 },
        premises: null,
        details: null,
      },
    }),
    fee: () => ({ scheduleKind: "gaming_operator_new", action: "new", termYears: null, quantity: 1 }),
    review: "staff",
  },
};
