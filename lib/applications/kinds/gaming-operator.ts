import { z } from "zod";
import type { KindDeclaration } from "./names";
import { text } from "../fields";

/**
 * Registration of a gaming operator (commercial site): a placeholder declaration until the gaming
 * kinds are built. Its $100,000 fee is what reaches the wire/EFT threshold (SPEC §7), so the demo
 * data seeds one such application awaiting payment. Not offered on the start page yet.
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
  termAnswer: { section: "operator", field: "term" },
};
