import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { createArithmeticQuestion, createHumanChallenge, verifyHumanCheck } from "@/lib/human-check";
import { openFreshTestDatabase, type TestDatabase } from "./database";

let database: TestDatabase;
beforeAll(async () => {
  database = await openFreshTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

/** Solves the challenge as the browser widget does and builds the payload it would post. */
async function solvedPayload(now?: Date) {
  const challenge = await createHumanChallenge(now);
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}

describe("verifyHumanCheck with the ALTCHA widget's proof of work", () => {
  it("accepts a solved challenge once, and refuses it replayed", async () => {
    const altcha = await solvedPayload();
    expect(await verifyHumanCheck(form({ altcha }))).toBe(true);
    expect(await verifyHumanCheck(form({ altcha }))).toBe(false);
  });

  it("refuses a forged, tampered or expired proof", async () => {
    expect(await verifyHumanCheck(form({ altcha: "not-base64-json" }))).toBe(false);
    const payload = JSON.parse(Buffer.from(await solvedPayload(), "base64").toString());
    payload.solution.derivedKey = payload.solution.derivedKey.replace(/^./, (digit: string) =>
      digit === "0" ? "1" : "0",
    );
    expect(await verifyHumanCheck(form({ altcha: Buffer.from(JSON.stringify(payload)).toString("base64") }))).toBe(
      false,
    );
    const stale = await solvedPayload(new Date(Date.now() - 60 * 60 * 1000));
    expect(await verifyHumanCheck(form({ altcha: stale }))).toBe(false);
  });

  it("refuses a form without any proof", async () => {
    expect(await verifyHumanCheck(form({}))).toBe(false);
  });
});

describe("verifyHumanCheck with the no-JavaScript question", () => {
  it("accepts the right answer once", async () => {
    const question = createArithmeticQuestion();
    const answer = String(question.a + question.b);
    expect(await verifyHumanCheck(form({ humanCheckToken: question.token, humanCheckAnswer: ` ${answer} ` }))).toBe(
      true,
    );
    expect(await verifyHumanCheck(form({ humanCheckToken: question.token, humanCheckAnswer: answer }))).toBe(false);
  });

  it("refuses a wrong answer, a forged token and an expired question", async () => {
    const question = createArithmeticQuestion();
    expect(
      await verifyHumanCheck(
        form({ humanCheckToken: question.token, humanCheckAnswer: String(question.a + question.b + 1) }),
      ),
    ).toBe(false);
    expect(
      await verifyHumanCheck(
        form({ humanCheckToken: `${question.token}x`, humanCheckAnswer: String(question.a + question.b) }),
      ),
    ).toBe(false);
    const old = createArithmeticQuestion(new Date(Date.now() - 60 * 60 * 1000));
    expect(await verifyHumanCheck(form({ humanCheckToken: old.token, humanCheckAnswer: String(old.a + old.b) }))).toBe(
      false,
    );
  });
});
