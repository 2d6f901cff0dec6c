import type { UserRole } from "@/lib/db/generated/client";

/**
 * What each staff role may do. One table, read by every staff page and action (through
 * requirePermission), so "who can do what" is answered in one place.
 */
export const permissions = {
  searchRecords: ["customer_service", "licensing_officer", "admin"],
  viewEntities: ["customer_service", "licensing_officer", "admin"],
  issueAccessCodes: ["customer_service", "admin"],
  revokeAccessCodes: ["customer_service", "admin"],
  unlinkAccounts: ["customer_service", "admin"],
  grantReportsAccess: ["customer_service", "admin"],
  publishReports: ["customer_service", "licensing_officer", "admin"],
  handleInquiries: ["customer_service", "admin"],
  disableAccounts: ["customer_service", "admin"],
  handleChangeRequests: ["customer_service", "licensing_officer", "admin"],
  manageStaff: ["admin"],
  reconcilePayments: ["customer_service", "admin"],
  reviewApplications: ["licensing_officer", "admin"],
  viewFeeSchedule: ["customer_service", "licensing_officer", "admin"],
  viewAuditLog: ["customer_service", "licensing_officer", "admin"],
  /** Applicants' uploaded documents: those who review their files. */
  downloadApplicationDocuments: ["licensing_officer", "admin"],
  /** Applicants' receipts: those who reconcile payments. */
  downloadReceipts: ["customer_service", "admin"],
  /** Extra maintenance windows and cancelling a coming one: they close the portal to every applicant. */
  manageMaintenance: ["admin"],
  /** News on the home page and the main menu, in both languages. */
  publishNews: ["customer_service", "admin"],
  /** The satisfaction rate and the comments of the survey and the feedback page. */
  viewSatisfaction: ["customer_service", "licensing_officer", "admin"],
  /**
   * Adding or ending a person on an entity's file by hand. Not customer service: the people on file
   * are who may be given an access code by phone, so the desk that gives codes does not choose them.
   */
  managePeopleOnFile: ["licensing_officer", "admin"],
  /** Suspending, cancelling and reinstating a licence, and recording its surrender: regulatory decisions. */
  manageLicenceStatus: ["licensing_officer", "admin"],
  /** Compliance documents on a licence (notices, warnings, inspection results): those who enforce its conditions. */
  issueComplianceDocuments: ["licensing_officer", "admin"],
} as const satisfies Record<string, readonly UserRole[]>;

export type Permission = keyof typeof permissions;

export function can(role: UserRole, permission: Permission): boolean {
  return (permissions[permission] as readonly UserRole[]).includes(role);
}

/**
 * Whether the actor may disable or enable an account of this role: an applicant's account needs
 * `disableAccounts` (customer service), a staff account needs `manageStaff`, so nobody below an
 * administrator can lock staff out.
 */
export function mayChangeAccountStatus(actorRole: UserRole, accountRole: UserRole): boolean {
  return can(actorRole, accountRole === "applicant" ? "disableAccounts" : "manageStaff");
}
