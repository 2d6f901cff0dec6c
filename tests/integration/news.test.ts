import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentNews } from "@/lib/news/queries";
import { listNewsForStaff, publishNewsItem, saveNewsItem, withdrawNewsItem } from "@/lib/news/staff";
import { newsItemSchema, type NewsItemInput } from "@/lib/news/schemas";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { demoSession, newApplicant } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";

/** Issue 17 "News": staff publish bilingual items; each reader sees their audience's, between the dates. */
let database: TestDatabase;
const service = demoSession("service@example.com");
const officer = demoSession("officer@example.com");

beforeAll(async () => {
  database = await openFreshTestDatabase();
  await seedDemoData(database.db);
});
afterAll(async () => {
  await database.close();
});

const item = (fields: Record<string, string>): NewsItemInput =>
  newsItemSchema.parse({
    titleFr: "Nouveau service",
    bodyFr: "Premier paragraphe.\n\nSecond paragraphe.",
    titleEn: "New service",
    bodyEn: "First paragraph.\n\nSecond paragraph.",
    audience: "everyone",
    intent: "publish",
    ...fields,
  });

const titles = async (reader: "visitor" | "applicant" | "staff", locale: "fr" | "en" = "en", now = new Date()) =>
  (await currentNews(reader, locale, now)).map((news) => news.title);

describe("news", () => {
  it("published for everyone shows on the home page in the reader's language, in paragraphs", async () => {
    const saved = await saveNewsItem(
      service,
      item({ titleEn: "Everyone sees this", titleFr: "Tout le monde voit ceci" }),
    );
    expect(saved).toMatchObject({ ok: true, published: true });
    expect(await titles("visitor")).toContain("Everyone sees this");
    const [french] = (await currentNews("visitor", "fr")).filter((news) => news.title === "Tout le monde voit ceci");
    expect(french?.paragraphs).toEqual(["Premier paragraphe.", "Second paragraphe."]);
    const audit = await database.db.auditLog.findFirst({
      where: { action: "news.published", subjectId: saved.ok ? saved.id : "" },
    });
    expect(audit?.actorId).toBe(service.id);
  });

  it("goes to its own audience only: applicants' news on the main menu, staff news on the staff home", async () => {
    await saveNewsItem(service, item({ titleEn: "For applicants", audience: "applicants" }));
    await saveNewsItem(service, item({ titleEn: "For staff", audience: "staff" }));
    expect(await titles("visitor")).not.toContain("For applicants");
    expect(await titles("visitor")).not.toContain("For staff");
    expect(await titles("applicant")).toContain("For applicants");
    expect(await titles("applicant")).not.toContain("For staff");
    expect(await titles("staff")).toContain("For staff");
    expect(await titles("staff")).not.toContain("For applicants");
  });

  it("without its French text cannot be published: a draft waits, and publishing it is refused until complete", async () => {
    // The form refuses it…
    expect(
      newsItemSchema.safeParse({ titleEn: "English only", bodyEn: "Text", audience: "everyone", intent: "publish" })
        .success,
    ).toBe(false);
    // … and so does the data layer, whatever is posted: an incomplete "publish" is kept as a draft.
    const forced = await saveNewsItem(service, { ...item({ titleEn: "English only" }), titleFr: "", bodyFr: "" });
    expect(forced).toMatchObject({ ok: true, published: false });
    if (!forced.ok) throw new Error("not saved");
    expect(await titles("visitor")).not.toContain("English only");
    expect(await publishNewsItem(service, forced.id)).toEqual({ ok: false, reason: "incomplete" });

    await database.db.newsItem.update({
      where: { id: forced.id },
      data: { titleFr: "Anglais seulement", bodyFr: "Texte" },
    });
    // Two clicks at once publish it once.
    const both = await Promise.all([publishNewsItem(service, forced.id), publishNewsItem(service, forced.id)]);
    expect(both.filter((result) => result.ok)).toHaveLength(1);
    expect(await titles("visitor", "fr")).toContain("Anglais seulement");
    expect(await database.db.auditLog.count({ where: { action: "news.published", subjectId: forced.id } })).toBe(1);
  });

  it("shows between its dates (Commission time), and stops when withdrawn", async () => {
    const saved = await saveNewsItem(
      service,
      item({ titleEn: "Holiday hours", showFrom: "2030-12-20T09:00", showUntil: "2031-01-05T17:00" }),
    );
    if (!saved.ok) throw new Error("not saved");
    expect(await titles("visitor")).not.toContain("Holiday hours");
    // 9:00 in Toronto in December is 14:00 UTC.
    expect(await titles("visitor", "en", new Date("2030-12-20T13:59:00Z"))).not.toContain("Holiday hours");
    expect(await titles("visitor", "en", new Date("2030-12-20T14:00:00Z"))).toContain("Holiday hours");
    expect(await titles("visitor", "en", new Date("2031-01-05T22:00:00Z"))).not.toContain("Holiday hours");

    const now = await saveNewsItem(service, item({ titleEn: "Withdrawn soon" }));
    if (!now.ok) throw new Error("not saved");
    expect(await withdrawNewsItem(service, now.id)).toBe(true);
    expect(await titles("visitor")).not.toContain("Withdrawn soon");
    expect(await withdrawNewsItem(service, now.id)).toBe(false);
  });

  it("is written by staff with the permission only: an applicant or an officer changes nothing", async () => {
    const applicant = await newApplicant("news");
    const before = await database.db.newsItem.count();
    for (const user of [applicant, officer]) {
      expect(await saveNewsItem(user, item({ titleEn: "Hostile" }))).toEqual({ ok: false, reason: "notAllowed" });
      expect(await listNewsForStaff(user)).toBeNull();
    }
    const [any] = await database.db.newsItem.findMany({ take: 1 });
    expect(await withdrawNewsItem(applicant, any?.id ?? "")).toBe(false);
    expect(await publishNewsItem(applicant, any?.id ?? "")).toEqual({ ok: false, reason: "notFound" });
    expect(await publishNewsItem(service, "not-a-uuid")).toEqual({ ok: false, reason: "notFound" });
    expect(await database.db.newsItem.count()).toBe(before);
  });
});
