import { z } from "zod";
import type { ApplicationKindDefinition } from "../engine";

/**
 * The new liquor sales licence (seed: « Comment puis-je demander un nouveau permis d'alcool? »).
 * Each section is one small topic; its schema decides when it is complete. Messages live in the
 * LiquorSalesApplication namespace.
 */
const text = (max = 200) => z.string().trim().min(1).max(max);
const optionalText = (max = 200) => z.string().trim().max(max).optional();
const yesNo = z.enum(["yes", "no"]);
const postalCode = z.string().trim().regex(/^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$/);

export const addressSchema = z.object({
  line1: text(),
  line2: optionalText(),
  city: text(100),
  province: z.enum(["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"]),
  postalCode,
});

const person = z.object({
  id: z.string().min(1).max(40),
  firstName: text(100),
  lastName: text(100),
  email: z.email(),
  role: z.enum(["officer", "director", "shareholder", "partner", "sole_proprietor", "other_interest"]),
  sharePercent: z.coerce.number().min(0).max(100).optional(),
});

const area = z.object({
  id: z.string().min(1).max(40),
  name: text(100),
  setting: z.enum(["indoor", "outdoor"]),
  floor: text(50),
  capacity: z.coerce.number().int().min(1).max(100_000),
});

export const applicantTypes = ["association", "corporation", "first_nation", "partnership", "limited_partnership", "sole_proprietorship", "non_profit", "other"] as const;

export const liquorSalesNew: ApplicationKindDefinition = {
  id: "liquor_sales_new",
  prefix: "LSL",
  type: "new",
  messages: "LiquorSalesApplication",
  sections: [
    { id: "applicationType", titleKey: "applicationType", groupKey: "about", schema: z.object({ licenceClass: z.enum(["liquor_sales"]), establishment: z.enum(["restaurant", "bar", "hotel", "event_venue", "other"]) }) },
    { id: "applicantType", titleKey: "applicantType", groupKey: "applicant", schema: z.object({ applicantType: z.enum(applicantTypes) }) },
    {
      id: "applicantDetails",
      titleKey: "applicantDetails",
      groupKey: "applicant",
      requires: ["applicantType"],
      schema: z.object({ legalName: text(), operatingName: optionalText(), businessNumber: z.string().trim().regex(/^\d{9}$/).optional() }),
    },
    { id: "contactDetails", titleKey: "contactDetails", groupKey: "applicant", schema: z.object({ email: z.email(), phone: text(30) }) },
    {
      id: "addresses",
      titleKey: "addresses",
      groupKey: "applicant",
      schema: z.object({
        mailing: addressSchema,
        physicalSameAsMailing: yesNo,
        physical: addressSchema.optional(),
        businessSameAsMailing: yesNo,
        business: addressSchema.optional(),
      }).refine((value) => value.physicalSameAsMailing === "yes" || value.physical !== undefined, { path: ["physical"] })
        .refine((value) => value.businessSameAsMailing === "yes" || value.business !== undefined, { path: ["business"] }),
    },
    {
      id: "associatedPersons",
      titleKey: "associatedPersons",
      groupKey: "people",
      requires: ["applicantType"],
      schema: z.object({ persons: z.array(person).min(1).max(50), disclosureRequestsSent: z.literal(true) }),
    },
    { id: "premisesDetails", titleKey: "premisesDetails", groupKey: "premises", schema: z.object({ name: text(), description: optionalText(1000) }) },
    {
      id: "premisesAddresses",
      titleKey: "premisesAddresses",
      groupKey: "premises",
      schema: z.object({ physical: addressSchema, mailingSameAsPhysical: yesNo, mailing: addressSchema.optional() })
        .refine((value) => value.mailingSameAsPhysical === "yes" || value.mailing !== undefined, { path: ["mailing"] }),
    },
    { id: "premisesContact", titleKey: "premisesContact", groupKey: "premises", schema: z.object({ name: text(), email: z.email(), phone: text(30) }) },
    { id: "premisesManagers", titleKey: "premisesManagers", groupKey: "premises", schema: z.object({ managers: z.array(person.omit({ role: true, sharePercent: true })).max(20), none: yesNo.optional() }) },
    { id: "licensedAreas", titleKey: "licensedAreas", groupKey: "premises", schema: z.object({ areas: z.array(area).min(1).max(30) }) },
    {
      id: "questions",
      titleKey: "questions",
      groupKey: "declarations",
      schema: z.object({
        convictions: yesNo,
        otherLicences: yesNo,
        financialInterest: yesNo,
        taxComplianceNumber: z.string().trim().regex(/^[A-Z0-9]{10,20}$/i),
        taxComplianceStatus: z.enum(["compliant"]),
      }),
    },
    { id: "documents", titleKey: "documents", groupKey: "declarations", requires: ["licensedAreas", "questions"], schema: z.object({ confirmed: z.literal(true) }) },
    { id: "term", titleKey: "term", groupKey: "declarations", schema: z.object({ termYears: z.enum(["2", "4"]) }) },
  ],
  documents: [
    { id: "floorPlan", titleKey: "floorPlan", isRequired: () => true },
    { id: "articlesOfIncorporation", titleKey: "articlesOfIncorporation", isRequired: (answers) => answers.applicantType?.applicantType === "corporation" },
    { id: "partnershipAgreement", titleKey: "partnershipAgreement", isRequired: (answers) => ["partnership", "limited_partnership"].includes(String(answers.applicantType?.applicantType)) },
    {
      id: "outdoorAreaPermission",
      titleKey: "outdoorAreaPermission",
      isRequired: (answers) => {
        const areas = (answers.licensedAreas?.areas ?? []) as Array<{ setting?: string }>;
        return areas.some((candidate) => candidate.setting === "outdoor");
      },
    },
  ],
};
