import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runJob } from "@/lib/jobs";
import { hashPassword } from "@/lib/auth/password-hash";
import { openFreshTestDatabase, type TestDatabase } from "./database";

let database: TestDatabase;

beforeAll(async () => {
  database = await openFreshTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe("the clean-up job", () => {
  it("removes finished rate limits and sessions no one can use any more, keeps the rest, and does nothing twice", async () => {
    const hour = 3600 * 1000;
    const now = Date.now();
    await database.db.rateLimit.createMany({
      data: [
        { key: "signInFailuresByIp:old", points: 5, expire: new Date(now - hour) },
        { key: "signInFailuresByIp:current", points: 1, expire: new Date(now + hour) },
      ],
    });
    const user = await database.db.user.create({
      data: {
        email: "cleanup@example.com",
        passwordHash: await hashPassword("Verte-prairie-7"),
        status: "active",
        firstName: "Léa",
        lastName: "Roy",
      },
    });
    const longAgo = new Date(now - 10 * 24 * hour);
    await database.db.userSession.createMany({
      data: [
        { userId: user.id, createdAt: longAgo, lastSeenAt: longAgo, endedAt: longAgo },
        { userId: user.id, createdAt: longAgo, lastSeenAt: longAgo },
        {
          userId: user.id,
          createdAt: new Date(now - hour),
          lastSeenAt: new Date(now - hour),
          endedAt: new Date(now - hour),
        },
        { userId: user.id },
      ],
    });

    expect(await runJob("clean-up")).toEqual({ limits: 1, sessions: 2 });
    expect((await database.db.rateLimit.findMany()).map((row) => row.key)).toEqual(["signInFailuresByIp:current"]);
    expect(await database.db.userSession.count({ where: { userId: user.id } })).toBe(2);
    expect(await runJob("clean-up")).toEqual({ limits: 0, sessions: 0 });
  });
});
