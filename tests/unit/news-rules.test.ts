import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  audiencesFor,
  missingForPublishing,
  newsAudiences,
  newsState,
  newsTextFields,
  paragraphs,
} from "@/lib/news/rules";
import { newsItemSchema } from "@/lib/news/schemas";

const texts = { titleFr: "Titre", bodyFr: "Texte", titleEn: "Title", bodyEn: "Text" };
const at = (iso: string) => new Date(iso);

describe("who reads which news", () => {
  it("a visitor reads everyone's; an applicant and staff also their own group's, never the other's", () => {
    expect(audiencesFor("visitor")).toEqual(["everyone"]);
    expect(audiencesFor("applicant")).toEqual(["everyone", "applicants"]);
    expect(audiencesFor("staff")).toEqual(["everyone", "staff"]);
    expect(audiencesFor("applicant")).not.toContain("staff");
    expect(audiencesFor("staff")).not.toContain("applicants");
  });
});

describe("the state of a news item", () => {
  const now = at("2026-12-02T15:00:00Z");
  it("is a draft until published, whatever its dates", () => {
    expect(newsState({ publishedAt: null, showFrom: at("2026-01-01T00:00:00Z"), showUntil: null }, now)).toBe("draft");
  });
  it("is scheduled before its start, showing from it, ended at its end", () => {
    const published = { publishedAt: at("2026-12-01T00:00:00Z"), showUntil: at("2026-12-03T00:00:00Z") };
    expect(newsState({ ...published, showFrom: at("2026-12-02T16:00:00Z") }, now)).toBe("scheduled");
    expect(newsState({ ...published, showFrom: now }, now)).toBe("showing");
    expect(newsState({ ...published, showFrom: now, showUntil: now }, now)).toBe("ended");
  });
  it("is showing exactly when published, started and not ended", () => {
    fc.assert(
      fc.property(
        fc.option(fc.date({ noInvalidDate: true })),
        fc.date({ noInvalidDate: true }),
        fc.option(fc.date({ noInvalidDate: true })),
        fc.date({ noInvalidDate: true }),
        (publishedAt, showFrom, showUntil, moment) => {
          const showing = newsState({ publishedAt, showFrom, showUntil }, moment) === "showing";
          expect(showing).toBe(
            publishedAt !== null && showFrom <= moment && (showUntil === null || showUntil > moment),
          );
        },
      ),
    );
  });
});

describe("publishing needs both languages", () => {
  it("names every empty or blank text", () => {
    expect(missingForPublishing(texts)).toEqual([]);
    expect(missingForPublishing({ ...texts, titleEn: "  ", bodyFr: "" })).toEqual(["bodyFr", "titleEn"]);
  });

  it("the form refuses Publish without a text, in any combination, and a draft without any title", () => {
    fc.assert(
      fc.property(fc.subarray([...newsTextFields]), fc.constantFrom(...newsAudiences), (emptied, audience) => {
        const input = { ...texts, audience, intent: "publish" };
        for (const field of emptied) input[field] = "";
        const parsed = newsItemSchema.safeParse(input);
        expect(parsed.success).toBe(emptied.length === 0);
        if (!parsed.success)
          expect(parsed.error.issues.map((issue) => issue.path[0]).sort()).toEqual([...emptied].sort());
      }),
    );
    expect(newsItemSchema.safeParse({ titleEn: "Draft", audience: "staff", intent: "draft" }).success).toBe(true);
    expect(newsItemSchema.safeParse({ bodyFr: "Texte", audience: "staff", intent: "draft" }).success).toBe(false);
  });

  it("refuses an end before the start, a malformed date and an unknown audience", () => {
    const base = { ...texts, audience: "everyone", intent: "publish" };
    expect(
      newsItemSchema.safeParse({ ...base, showFrom: "2026-12-06T09:00", showUntil: "2026-12-06T08:00" }).success,
    ).toBe(false);
    expect(newsItemSchema.safeParse({ ...base, showFrom: "2026-02-30T09:00" }).success).toBe(false);
    expect(newsItemSchema.safeParse({ ...base, audience: "admins" }).success).toBe(false);
    expect(newsItemSchema.safeParse({ ...base, intent: "delete" }).success).toBe(false);
  });
});

describe("a body's paragraphs", () => {
  it("are split at blank lines, trimmed, never empty", () => {
    expect(paragraphs("Un.\n\n  Deux,\nsuite.  \r\n\r\nTrois.\n\n\n")).toEqual(["Un.", "Deux,\nsuite.", "Trois."]);
    fc.assert(
      fc.property(fc.string(), (body) => {
        for (const paragraph of paragraphs(body)) expect(paragraph.trim()).toBe(paragraph);
        expect(paragraphs(body).every((paragraph) => paragraph !== "")).toBe(true);
      }),
    );
  });
});
