import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { setDatabaseForTests } from "@/lib/db/client";
import { openDatabase } from "@/lib/db/create-client";
import { openFreshTestDatabase, type TestDatabase } from "./database";

let database: TestDatabase;

beforeAll(async () => {
  database = await openFreshTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe("GET /api/health", () => {
  it("answers 200 when the database answers", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "up" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 503, without details, when the database is unreachable", async () => {
    const unreachable = openDatabase({ kind: "postgres", url: "postgresql://nobody@127.0.0.1:1/none" });
    setDatabaseForTests(unreachable.db);
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: "degraded", database: "down" });
    } finally {
      setDatabaseForTests(database.db);
      await unreachable.close();
    }
  });
});
