import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countOpenDrafts } from "@/lib/applications/queries";
import { applyEvent, MAX_OPEN_DRAFTS, saveListItem, startApplication } from "@/lib/applications/commands";
import { sendDisclosureRequests } from "@/lib/disclosures/requests";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { newApplicant } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";
import { completeItems, fillEverything, startDraft } from "./ready-application";

let database: TestDatabase;

beforeAll(async () => {
  database = await openFreshTestDatabase();
  await seedDemoData(database.db);
});
afterAll(async () => {
  await database.close();
});

describe("open drafts per account", () => {
  it(`refuses a draft beyond ${MAX_OPEN_DRAFTS}, and makes room when one is withdrawn`, async () => {
    const applicant = await newApplicant("limits");
    const ids: string[] = [];
    for (let index = 0; index < MAX_OPEN_DRAFTS; index += 1) ids.push(await startDraft(applicant));
    const before = await database.db.application.count({ where: { userId: applicant.id } });
    expect(await startApplication(applicant, "liquor_sales_new")).toEqual({ ok: false, reason: "tooManyDrafts" });
    expect(await database.db.application.count({ where: { userId: applicant.id } })).toBe(before);
    expect(await countOpenDrafts(applicant)).toBe(MAX_OPEN_DRAFTS);

    expect(await applyEvent(applicant, ids[0] ?? "", "withdraw", "applicant")).toMatchObject({ ok: true });
    expect((await startApplication(applicant, "liquor_sales_new")).ok).toBe(true);
  });

  it("lets one of several simultaneous starts through at the last free place", async () => {
    const applicant = await newApplicant("limits");
    for (let index = 0; index < MAX_OPEN_DRAFTS - 1; index += 1) await startDraft(applicant);
    const results = await Promise.all([1, 2, 3].map(() => startApplication(applicant, "liquor_sales_new")));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await countOpenDrafts(applicant)).toBe(MAX_OPEN_DRAFTS);
  });

  it("counts each account's drafts only", async () => {
    const full = await newApplicant("limits");
    for (let index = 0; index < MAX_OPEN_DRAFTS; index += 1) await startDraft(full);
    expect((await startApplication(await newApplicant("limits"), "liquor_sales_new")).ok).toBe(true);
  });
});

describe("disclosure e-mails per application", () => {
  const person = (index: number, domain = "example.com") => ({
    ...completeItems.associatedPersons,
    firstName: `Person${index}`,
    email: `person${index}@${domain}`,
  });

  it("stops a send that would pass 60 e-mails in an hour, sends nothing of it, and leaves other applications alone", async () => {
    const applicant = await newApplicant("limits");
    const id = await startDraft(applicant);
    await fillEverything(applicant, id);
    // fillEverything lists one person; 49 more make a full list of 50.
    const itemIds: string[] = [];
    for (let index = 1; index < 50; index += 1) {
      const saved = await saveListItem(applicant, id, "associatedPersons", null, person(index));
      if (saved.ok) itemIds.push(saved.itemId);
    }
    expect(await sendDisclosureRequests(applicant, id, "associatedPersons", "fr")).toEqual({ ok: true, sent: 50 });

    // Ten addresses corrected: 60 e-mails within the hour are fine, the 61st is not.
    for (const [index, itemId] of itemIds.slice(0, 10).entries())
      await saveListItem(applicant, id, "associatedPersons", itemId, person(index + 1, "example.org"));
    expect(await sendDisclosureRequests(applicant, id, "associatedPersons", "fr")).toEqual({ ok: true, sent: 10 });
    await saveListItem(applicant, id, "associatedPersons", itemIds[10] ?? "", person(11, "example.net"));
    const outbox = await database.db.emailOutbox.count({ where: { template: "disclosureRequest" } });
    const refused = await sendDisclosureRequests(applicant, id, "associatedPersons", "fr");
    expect(refused).toMatchObject({ ok: false, reason: "tooManyEmails" });
    expect(refused.ok === false && refused.reason === "tooManyEmails" && refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(await database.db.emailOutbox.count({ where: { template: "disclosureRequest" } })).toBe(outbox);
    expect(
      await database.db.disclosureRequest.count({ where: { applicationId: id, email: "person11@example.net" } }),
    ).toBe(0);

    // The allowance is the application's: another of the same account still sends.
    const other = await startDraft(applicant);
    await fillEverything(applicant, other);
    expect(await sendDisclosureRequests(applicant, other, "associatedPersons", "fr")).toEqual({ ok: true, sent: 1 });
  });

  it("spends nothing on a send that is refused for another reason", async () => {
    const applicant = await newApplicant("limits");
    const id = await startDraft(applicant);
    expect(await sendDisclosureRequests(applicant, id, "associatedPersons", "fr")).toEqual({
      ok: false,
      reason: "itemsIncomplete",
    });
    expect(await database.db.rateLimit.count({ where: { key: { contains: id } } })).toBe(0);
  });
});
