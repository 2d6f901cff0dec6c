import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  listMyApplications,
  listMyApplicationsPage,
  MAIN_MENU_APPLICATIONS,
  myApplicationGroups,
} from "@/lib/applications/queries";
import { applicationStatuses, type ApplicationStatus } from "@/lib/applications/status";
import { PAGE_SIZE } from "@/lib/db/pagination";
import type { SessionUser } from "@/lib/auth/session";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { demoSession, newApplicant } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";

/**
 * "My applications" (/applications): the account's own applications of every kind, a page at a
 * time, filtered by where they stand. Another account's applications never appear, whoever asks.
 */
let database: TestDatabase;
let applicant: SessionUser;
let neighbour: SessionUser;
const officer = demoSession("officer@example.com");

/** A kind of each type the portal files: new, renewal, change, transfer, report. */
const kinds = [
  { kind: "liquor_sales_new", type: "new" },
  { kind: "liquor_sales_renewal", type: "renewal" },
  { kind: "special_occasion_change", type: "change" },
  { kind: "liquor_sales_transfer", type: "transfer" },
  { kind: "lottery_post_event_report", type: "report" },
] as const;

let sequence = 0;
/** An application on file as it stands after its journey, last changed `minutesAgo` minutes ago. */
async function fileApplication(owner: SessionUser, status: ApplicationStatus, minutesAgo: number) {
  const { kind, type } = kinds[sequence % kinds.length] ?? kinds[0];
  sequence += 1;
  const updatedAt = new Date(Date.now() - minutesAgo * 60_000);
  const created = await database.db.application.create({
    data: {
      fileNumber: `TST-${sequence}-${randomBytes(3).toString("hex").toUpperCase()}`,
      kind,
      type,
      status,
      userId: owner.id,
      createdAt: updatedAt,
      updatedAt,
    },
    select: { fileNumber: true },
  });
  return created.fileNumber;
}

const fileNumbers = (page: { rows: Array<{ fileNumber: string }> }) => page.rows.map((row) => row.fileNumber);

/** The applicant's files, one per status, newest first (the list's order). */
let ownFiles: Array<{ fileNumber: string; status: ApplicationStatus }> = [];
let neighbourFiles: string[] = [];

beforeAll(async () => {
  database = await openFreshTestDatabase();
  await seedDemoData(database.db);
  applicant = await newApplicant("my-applications");
  neighbour = await newApplicant("neighbour");
  ownFiles = [];
  for (const [index, status] of applicationStatuses.entries())
    ownFiles.push({ fileNumber: await fileApplication(applicant, status, index + 1), status });
  // The neighbour's files are newer than any of the applicant's and hold every status too.
  neighbourFiles = [];
  for (const status of applicationStatuses) neighbourFiles.push(await fileApplication(neighbour, status, 0));
});
afterAll(async () => {
  await database.close();
});

describe("listMyApplicationsPage", () => {
  it("lists every application of the account, of every kind, the most recently changed first", async () => {
    const page = await listMyApplicationsPage(applicant, {});
    expect(fileNumbers(page)).toEqual(ownFiles.map((file) => file.fileNumber));
    expect(new Set(page.rows.map((row) => row.kind))).toEqual(new Set(kinds.map((entry) => entry.kind)));
    expect(page).toMatchObject({ page: 1, pages: 1, total: applicationStatuses.length, group: undefined });
  });

  it("never lists another account's applications, whatever the filter", async () => {
    for (const status of [undefined, "drafts", "in_progress", "decided"]) {
      const page = await listMyApplicationsPage(applicant, { status });
      expect(
        fileNumbers(page).filter((number) => neighbourFiles.includes(number)),
        String(status),
      ).toEqual([]);
    }
    expect(fileNumbers(await listMyApplicationsPage(neighbour, {})).sort()).toEqual([...neighbourFiles].sort());
  });

  it("shows staff only what they filed themselves: none of the applicants' files", async () => {
    const page = await listMyApplicationsPage(officer, {});
    expect(page.total).toBe(0);
    expect(page.rows).toEqual([]);
  });

  it("lists drafts and applications awaiting payment under « drafts »", async () => {
    const page = await listMyApplicationsPage(applicant, { status: "drafts" });
    expect(page.group).toBe("drafts");
    expect(page.rows.map((row) => row.status)).toEqual(["draft", "awaiting_payment"]);
  });

  it("lists what is submitted, under review or waiting for more information under « in progress »", async () => {
    const page = await listMyApplicationsPage(applicant, { status: "in_progress" });
    expect(page.group).toBe("in_progress");
    expect(page.rows.map((row) => row.status)).toEqual(["submitted", "under_review", "information_requested"]);
  });

  it("lists what was approved, refused or withdrawn under « decided »", async () => {
    const page = await listMyApplicationsPage(applicant, { status: "decided" });
    expect(page.group).toBe("decided");
    expect(page.rows.map((row) => row.status)).toEqual(["approved", "refused", "withdrawn"]);
  });

  it("puts every status in exactly one group", () => {
    const grouped = Object.values(myApplicationGroups).flat();
    expect([...grouped].sort()).toEqual([...applicationStatuses].sort());
  });

  it("ignores a filter it does not know: every application, and no group", async () => {
    const everything = fileNumbers(await listMyApplicationsPage(applicant, {}));
    for (const status of ["all", "", "draft", "DRAFTS", "constructor", "__proto__", ["drafts", "decided"], 3, null]) {
      const page = await listMyApplicationsPage(applicant, { status });
      expect(page.group, JSON.stringify(status)).toBeUndefined();
      expect(fileNumbers(page), JSON.stringify(status)).toEqual(everything);
    }
  });
});

describe("listMyApplicationsPage, a page at a time", () => {
  let busy: SessionUser;
  /** Two pages and a bit: newest first. */
  const count = PAGE_SIZE * 2 + 5;
  let files: string[] = [];

  beforeAll(async () => {
    busy = await newApplicant("busy");
    files = [];
    // Every third one decided: the filter pages too.
    for (let index = 0; index < count; index += 1)
      files.push(await fileApplication(busy, index % 3 === 0 ? "approved" : "draft", index + 1));
  });

  it("reads the pages in order, each row once", async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => listMyApplicationsPage(busy, { page })));
    expect(pages.map((page) => page.rows.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 5]);
    expect(pages.every((page) => page.pages === 3 && page.total === count)).toBe(true);
    expect(pages.flatMap(fileNumbers)).toEqual(files);
  });

  it("reads a missing or malformed page as the first", async () => {
    const first = fileNumbers(await listMyApplicationsPage(busy, { page: 1 }));
    for (const page of [undefined, 0, -2, Number.NaN, 1.5]) {
      const read = await listMyApplicationsPage(busy, { page });
      expect(read.page, String(page)).toBe(1);
      expect(fileNumbers(read), String(page)).toEqual(first);
    }
  });

  it("says when the page asked for is past the last (the page then goes to the last)", async () => {
    const page = await listMyApplicationsPage(busy, { page: 9 });
    expect(page).toMatchObject({ page: 9, pages: 3, rows: [] });
  });

  it("pages a filtered list on its own count", async () => {
    const decided = files.filter((_, index) => index % 3 === 0);
    const first = await listMyApplicationsPage(busy, { status: "decided", page: 1 });
    expect(first).toMatchObject({ total: decided.length, pages: 1, group: "decided" });
    expect(fileNumbers(first)).toEqual(decided);
    const drafts = await listMyApplicationsPage(busy, { status: "drafts", page: 2 });
    expect(drafts).toMatchObject({ total: count - decided.length, pages: 2, page: 2 });
    expect(fileNumbers(drafts)).toEqual(files.filter((_, index) => index % 3 !== 0).slice(PAGE_SIZE));
  });

  it("gives the main menu only the most recently changed few: the rest are on « My applications »", async () => {
    const latest = await listMyApplications(busy);
    expect(latest.map((application) => application.fileNumber)).toEqual(files.slice(0, MAIN_MENU_APPLICATIONS));
  });
});
