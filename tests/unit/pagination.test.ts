import { describe, expect, it } from "vitest";
import { PAGE_SIZE, pageCount, pageOf, pagedResult, readPage } from "@/lib/db/pagination";

describe("pageCount", () => {
  it("is at least one, so an empty list reads page 1 of 1", () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(PAGE_SIZE)).toBe(1);
    expect(pageCount(PAGE_SIZE + 1)).toBe(2);
    expect(pageCount(51, 25)).toBe(3);
  });
});

describe("pageOf", () => {
  it("reads a missing, malformed or negative page as the first", () => {
    for (const page of [0, -3, 1.5, Number.NaN]) expect(pageOf(page)).toEqual({ current: 1, skip: 0 });
  });

  it("skips the rows of the pages before it, for the list's page size", () => {
    expect(pageOf(3)).toEqual({ current: 3, skip: 2 * PAGE_SIZE });
    expect(pageOf(3, 25)).toEqual({ current: 3, skip: 50 });
  });

  it("caps an absurd page number", () => {
    expect(pageOf(1e9).current).toBe(10_000);
  });
});

describe("pagedResult", () => {
  it("carries the rows with their page, the number of pages and the total", () => {
    expect(pagedResult(["a"], 2, 26, 25)).toEqual({ rows: ["a"], page: 2, pages: 2, total: 26 });
  });
});

describe("readPage", () => {
  it("reads the rows of the page asked for with the count of all, for the list's page size", async () => {
    const windows: Array<{ skip: number; take: number }> = [];
    const rows = async (window: { skip: number; take: number }) => {
      windows.push(window);
      return ["x"];
    };
    const result = await readPage(3, { rows, count: async () => 51 }, 25);
    expect(windows).toEqual([{ skip: 50, take: 25 }]);
    expect(result).toEqual({ rows: ["x"], page: 3, pages: 3, total: 51 });
  });
});
