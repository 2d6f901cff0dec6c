/**
 * `npm run bench` (issue 18): builds the portal and the bare floor app (tests/bench/floor), loads a
 * database of realistic size, starts both servers on this machine, measures each scenario against
 * the floor in the same run, explains the staff queue's and search's queries, and prints the table
 * (also written to tests/bench/results/latest.md). Not part of `npm test`: nothing here asserts a time.
 *
 * Needs DATABASE_URL at a PostgreSQL server, where it makes a database of its own (`bench`, dropped
 * at the end). Settings (environment): BENCH_SCALE (1 = the issue's volume), BENCH_SECONDS per
 * scenario (10), BENCH_WARMUP_SECONDS (3), BENCH_CONNECTIONS (10), BENCH_PORT (3301) and
 * BENCH_FLOOR_PORT (3302), BENCH_SKIP_BUILD=1 to reuse both builds, BENCH_KEEP_DATABASE=1 to keep
 * the database for a closer look.
 */
import { register } from "node:module";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-data";
import { benchAccounts, countsAt, holderDraftId, loadDataset, type LoadStep } from "./dataset";
import { formFields, formWithField, pageScripts } from "./html";
import { measure, type LoadResult, type LoadSettings, type Request } from "./load";
import { meanOf, resultTable, targets, type Category, type Measured, type ScriptBudget } from "./report";
import { runStep, startServer, stopAll, type Server } from "./servers";

// lib/ code marked "server-only" (the staff queue's query, explained below) resolves as Next.js
// resolves it for the server; see prisma/tools/jobs.ts.
register(
  `data:text/javascript,${encodeURIComponent(`
export async function resolve(specifier, context, nextResolve) {
  if (specifier !== "server-only") return nextResolve(specifier, context);
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
}`)}`,
);

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, "../..");
const floorDir = path.join(benchDir, "floor");
const resultsDir = path.join(benchDir, "results");
const nextCli = path.join(root, "node_modules/next/dist/bin/next");
const tsxCli = path.join(root, "node_modules/tsx/dist/cli.mjs");

const setting = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s`;
const say = (line: string) => console.log(`[bench ${elapsed()}] ${line}`);

type Scenario = {
  name: string;
  category: Category;
  scripts: ScriptBudget;
  request: Request;
  expectedStatus: number;
  /** The page whose scripts count (an action's: the page with its form); the request's own by default. */
  scriptPage?: { path: string; cookie?: string };
  /** The staff query this page runs, by the name it is explained under. */
  explained?: string;
};

async function main() {
  const serverUrl = process.env.DATABASE_URL ?? "";
  if (!/^postgres(ql)?:\/\//.test(serverUrl)) {
    throw new Error("npm run bench needs DATABASE_URL at a PostgreSQL server (it makes a database of its own there).");
  }
  const scale = setting("BENCH_SCALE", 1);
  const load: LoadSettings = {
    seconds: setting("BENCH_SECONDS", 10),
    warmupSeconds: setting("BENCH_WARMUP_SECONDS", 3),
    connections: Math.round(setting("BENCH_CONNECTIONS", 10)),
  };
  const portalPort = setting("BENCH_PORT", 3301);
  const floorPort = setting("BENCH_FLOOR_PORT", 3302);
  const portalUrl = `http://127.0.0.1:${portalPort}`;
  const floorUrl = `http://127.0.0.1:${floorPort}`;
  mkdirSync(resultsDir, { recursive: true });
  const logFile = (name: string) => path.join(resultsDir, `${name}.log`);
  const loadAverageAtStart = os.loadavg();

  const buildEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const };
  if (process.env.BENCH_SKIP_BUILD === "1") {
    for (const dir of [root, floorDir]) {
      if (!existsSync(path.join(dir, ".next/BUILD_ID"))) throw new Error(`BENCH_SKIP_BUILD=1 but ${dir} has no build`);
    }
    say("reusing the portal's and the floor's builds");
  } else {
    say("building the portal (next build; types are npm test's job)");
    // The bench measures the build, not the types: `npm run typecheck` checks those.
    await runStep(process.execPath, [nextCli, "build"], {
      cwd: root,
      env: { ...buildEnv, TYPES_ALREADY_CHECKED: "1" },
      logFile: logFile("portal-build"),
    });
    say("building the floor (tests/bench/floor)");
    await runStep(process.execPath, [nextCli, "build"], {
      cwd: floorDir,
      env: buildEnv,
      logFile: logFile("floor-build"),
    });
  }

  say("making the database `bench`, migrating, seeding the demo data");
  const databaseUrl = execFileSync(process.execPath, [path.join(root, "tests/e2e/fresh-database.mjs"), "bench"], {
    env: { ...process.env, DATABASE_URL: serverUrl },
    encoding: "utf8",
  }).trim();
  const dbEnv = { ...process.env, DATABASE_URL: databaseUrl };
  await runStep(process.execPath, [tsxCli, "prisma/tools/migrate.ts"], {
    cwd: root,
    env: dbEnv,
    logFile: logFile("migrate"),
  });
  await runStep(process.execPath, [tsxCli, "prisma/seed.ts"], { cwd: root, env: dbEnv, logFile: logFile("seed") });

  const counts = countsAt(scale);
  say(`loading the volume at scale ${scale}`);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  let loadSteps: LoadStep[] = [];
  try {
    loadSteps = await loadDataset(db, counts, (line) => say(line));
    say("VACUUM ANALYZE");
    await db.query("VACUUM ANALYZE");
  } catch (error) {
    await db.end();
    throw error;
  }

  const facts = await readFacts(db);
  const postgresVersion = (await db.query<{ server_version: string }>("SHOW server_version")).rows[0]?.server_version;
  await db.end();

  say("starting the portal and the floor");
  const portal = await startServer(
    "portal",
    process.execPath,
    ["server.mjs", "-p", String(portalPort), "-H", "127.0.0.1"],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        NEXT_TELEMETRY_DISABLED: "1",
        // As the journeys' server (tests/e2e/serve.sh): a production build on this machine, no real
        // e-mail or payments; the benchmark plays the reverse proxy, so each visitor has an address.
        TRUSTED_PROXY_HOPS: "1",
        ENABLE_DEV_MAILBOX: "1",
        ENABLE_SANDBOX_PAYMENTS: "1",
        APP_URL: portalUrl,
        AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-only-secret-0123456789abcdef0123456789",
        WEB_CONCURRENCY: process.env.WEB_CONCURRENCY ?? "1",
      },
      url: portalUrl,
      readyPath: "/api/health",
      logFile: logFile("portal"),
    },
  );
  const floor = await startServer(
    "floor",
    process.execPath,
    [nextCli, "start", "-p", String(floorPort), "-H", "127.0.0.1"],
    {
      cwd: floorDir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const },
      url: floorUrl,
      readyPath: "/fr",
      logFile: logFile("floor"),
    },
  );

  say("signing in the holder, the agent and the officer");
  const holder = await signIn(portalUrl, benchAccounts.holder);
  const agent = await signIn(portalUrl, benchAccounts.agent);
  const officer = await signIn(portalUrl, benchAccounts.officer);

  const sectionPath = `/fr/applications/${holderDraftId}/premisesDetails`;
  const sectionSave = await sectionSaveRequest(portalUrl, sectionPath, holder);
  const messages = JSON.parse(readFileSync(path.join(root, "messages/fr.json"), "utf8")) as {
    VerifyPage: { resultTitle: string };
  };
  const verifyAnswer = messages.VerifyPage.resultTitle;
  const signedIn = (cookie: string, pathname: string): Request => ({
    method: "GET",
    path: pathname,
    headers: { cookie },
  });
  const queueSearch = (term: string) => `/fr/admin/applications?q=${encodeURIComponent(term)}`;
  const scenarios: Scenario[] = [
    {
      name: "home",
      category: "public",
      scripts: "publicPage",
      request: { method: "GET", path: "/fr" },
      expectedStatus: 200,
    },
    {
      name: "help",
      category: "public",
      scripts: "publicPage",
      request: { method: "GET", path: "/fr/help" },
      expectedStatus: 200,
    },
    {
      // The empty form, as a visitor first opens it (served from the cache, like home and help).
      name: "public licence check: form",
      category: "public",
      scripts: "form",
      request: { method: "GET", path: "/fr/verify" },
      expectedStatus: 200,
    },
    {
      // A different licence looked up each time: a query, a rate limit and a render per request.
      name: "public licence check: a lookup",
      category: "public",
      scripts: "form",
      request: {
        method: "GET",
        path: `/fr/verify?number=${encodeURIComponent(facts.licenceNumbers[0] ?? "")}`,
        paths: facts.licenceNumbers.map((number) => `/fr/verify?number=${encodeURIComponent(number)}`),
        rotateClientAddress: true,
        bodyMustInclude: verifyAnswer,
      },
      expectedStatus: 200,
    },
    {
      name: "sign-in page",
      category: "public",
      scripts: "form",
      request: { method: "GET", path: "/fr/login" },
      expectedStatus: 200,
    },
    {
      // The accessibility statement, signed in: the layout, the session and a page of text, no query of
      // its own. What every signed-in page costs before its own data; no target (see report.ts).
      name: "reference: a page of text, signed in",
      category: "reference",
      scripts: "none",
      request: signedIn(holder, "/fr/accessibility"),
      expectedStatus: 200,
    },
    {
      name: "main menu: holder",
      category: "signedIn",
      scripts: "none",
      request: signedIn(holder, "/fr/dashboard"),
      expectedStatus: 200,
    },
    {
      name: `main menu: agent (${facts.agentBusinesses} businesses)`,
      category: "signedIn",
      scripts: "none",
      request: signedIn(agent, "/fr/dashboard"),
      expectedStatus: 200,
    },
    {
      name: "licence page",
      category: "signedIn",
      scripts: "none",
      request: signedIn(holder, `/fr/licences/${facts.holderLicenceId}`),
      expectedStatus: 200,
    },
    {
      name: "application task list",
      category: "signedIn",
      scripts: "none",
      request: signedIn(holder, `/fr/applications/${holderDraftId}`),
      expectedStatus: 200,
    },
    {
      name: "section save (server action)",
      category: "signedIn",
      scripts: "form",
      request: sectionSave,
      expectedStatus: 303,
      scriptPage: { path: sectionPath, cookie: holder },
    },
    {
      name: "staff queue (default)",
      category: "staffQuery",
      scripts: "none",
      request: signedIn(officer, "/fr/admin/applications"),
      expectedStatus: 200,
      explained: "queue",
    },
    {
      name: "staff search: name",
      category: "staffQuery",
      scripts: "none",
      request: signedIn(officer, queueSearch(facts.searchName)),
      expectedStatus: 200,
      explained: "name",
    },
    {
      name: "staff search: file number",
      category: "staffQuery",
      scripts: "none",
      request: signedIn(officer, queueSearch(facts.searchFileNumber)),
      expectedStatus: 200,
      explained: "fileNumber",
    },
    {
      name: "staff file",
      category: "signedIn",
      scripts: "none",
      request: signedIn(officer, `/fr/admin/applications/${facts.staffFileId}`),
      expectedStatus: 200,
    },
  ];

  const scripts = new ScriptSizes();
  say("checking every scenario once before loading it");
  const floorStaticRequest: Request = { method: "GET", path: "/fr" };
  const floorDynamicRequest: Request = { method: "GET", path: "/fr/dynamic", headers: { cookie: holder } };
  const floorStaticScripts = await scripts.ofPage(floor, await preflight(floor, floorStaticRequest, 200, "floor"));
  const floorDynamicScripts = await scripts.ofPage(floor, await preflight(floor, floorDynamicRequest, 200, "floor"));
  const scriptBytes = new Map<string, number>();
  for (const scenario of scenarios) {
    const html = await preflight(portal, scenario.request, scenario.expectedStatus, scenario.name);
    const page = scenario.scriptPage
      ? await preflight(
          portal,
          {
            method: "GET",
            path: scenario.scriptPage.path,
            headers: scenario.scriptPage.cookie ? { cookie: scenario.scriptPage.cookie } : {},
          },
          200,
          scenario.name,
        )
      : html;
    scriptBytes.set(scenario.name, await scripts.ofPage(portal, page));
  }

  say(
    `measuring ${scenarios.length + 4} runs: ${load.warmupSeconds} s of warm-up, then as many requests as fill ` +
      `${load.seconds} s at the warm-up's pace (${load.connections} connections)`,
  );
  const floorRuns: { static: LoadResult[]; dynamic: LoadResult[] } = { static: [], dynamic: [] };
  const measureFloor = async () => {
    floorRuns.static.push(await measure(floor, floorStaticRequest, 200, load));
    say(`  floor: prerendered page ${describe(floorRuns.static.at(-1))}`);
    floorRuns.dynamic.push(await measure(floor, floorDynamicRequest, 200, load));
    say(`  floor: dynamic page ${describe(floorRuns.dynamic.at(-1))}`);
  };
  await measureFloor();
  const measured: { scenario: Scenario; load: LoadResult }[] = [];
  for (const scenario of scenarios) {
    const result = await measure(portal, scenario.request, scenario.expectedStatus, load);
    measured.push({ scenario, load: result });
    say(`  ${scenario.name} ${describe(result)}`);
  }
  // The floor again: the machine is shared, and the mean of both runs is the fairer floor.
  await measureFloor();

  say("explaining the staff queue's and search's queries");
  const { explainStaffQueries } = await import("./explain");
  const explained = await explainStaffQueries(databaseUrl, benchAccounts.officer, [
    { name: "queue", filters: {} },
    { name: "name", filters: { search: facts.searchName } },
    { name: "fileNumber", filters: { search: facts.searchFileNumber } },
  ]);
  await stopAll();

  const [firstStatic, lastStatic] = floorRuns.static;
  const [firstDynamic, lastDynamic] = floorRuns.dynamic;
  if (!firstStatic || !lastStatic || !firstDynamic || !lastDynamic) throw new Error("the floor was not measured");
  const floorResult = {
    static: meanOf(firstStatic, lastStatic),
    dynamic: meanOf(firstDynamic, lastDynamic),
    staticScriptBytes: floorStaticScripts,
    dynamicScriptBytes: floorDynamicScripts,
  };
  const rows: Measured[] = measured.map(({ scenario, load: result }) => {
    const queries = explained.find((call) => call.name === scenario.explained)?.queries ?? [];
    return {
      name: scenario.name,
      path: scenario.request.path,
      category: scenario.category,
      scripts: scenario.scripts,
      load: result,
      scriptBytes: scriptBytes.get(scenario.name) ?? 0,
      ...(scenario.explained ? { slowestQueryMs: Math.max(...queries.map((query) => query.executionMs)) } : {}),
    };
  });

  const cpu = os.cpus();
  const report = [
    `# npm run bench — ${new Date().toISOString()}`,
    "",
    `Scale ${scale} (${counts.accounts} accounts, ${counts.businesses} businesses, ${counts.licences} licences, ` +
      `${counts.applications} applications, ${counts.documents} documents, ${counts.inquiries} inquiries; ` +
      `the agent linked to ${facts.agentBusinesses} businesses). ${load.seconds} s per scenario after ` +
      `${load.warmupSeconds} s of warm-up, ${load.connections} connections. Machine: ${cpu.length} × ` +
      `${cpu[0]?.model ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ` +
      `PostgreSQL ${postgresVersion}; load average ${loadAverageAtStart.map((value) => value.toFixed(1)).join(" ")} ` +
      `at the start, ${os
        .loadavg()
        .map((value) => value.toFixed(1))
        .join(" ")} at the end (other work on the machine ` +
      "moves every number; the floor ran before and after the portal, its mean is the floor).",
    "",
    resultTable(rows, floorResult),
    "",
    `Targets: public pages ≥ ${targets.publicThroughput}× the prerendered floor's req/s; signed-in pages ≥ ` +
      `${targets.signedInThroughput}× the dynamic floor's, p99 ≤ ${targets.signedInP99}× its p99; staff queue and ` +
      `search ≥ ${targets.staffThroughput}× it, each query < ${targets.queryMs} ms in EXPLAIN ANALYZE; first-load ` +
      `JS ≤ ${targets.publicScripts}× the floor's on public pages, ≤ ${targets.formScripts}× on forms; memory ` +
      "(the server's resident size, peak during the scenario) < 500 MB.",
    "",
    `Floor runs, before / after: prerendered ${describe(firstStatic)} / ${describe(lastStatic)}; dynamic ` +
      `${describe(firstDynamic)} / ${describe(lastDynamic)}.`,
    "",
    "## Data load",
    "",
    ...loadSteps.map((step) => `- ${step.name}: ${step.rows} rows in ${step.seconds.toFixed(1)} s`),
    "",
    "## EXPLAIN (ANALYZE, BUFFERS): the staff queue and search",
    "",
    ...explained.flatMap((call) => [
      `### ${call.name}: ${JSON.stringify(call.filters)}`,
      "",
      ...call.queries.flatMap((query) => [
        `${query.executionMs.toFixed(1)} ms — \`${query.sql}\``,
        "",
        "```",
        query.plan,
        "```",
        "",
      ]),
    ]),
    `Finished in ${elapsed().trim()}.`,
  ].join("\n");
  writeFileSync(path.join(resultsDir, "latest.md"), report + "\n");
  console.log(`\n${report}\n`);
  say(`written to ${path.relative(process.cwd(), path.join(resultsDir, "latest.md"))}`);

  if (process.env.BENCH_KEEP_DATABASE !== "1") await dropDatabase(serverUrl, "bench");
}

const describe = (result: LoadResult | undefined) =>
  result
    ? `${result.requestsPerSecond.toFixed(1)} req/s, p50 ${result.p50.toFixed(0)} ms, p99 ${result.p99.toFixed(0)} ms` +
      ` (${result.completed} responses${result.unexpected > 0 ? `, ${result.unexpected} unexpected` : ""}` +
      `${result.cut ? ", cut at the time limit" : ""})`
    : "–";

/** What the scenarios need from the loaded data. */
async function readFacts(db: pg.Client) {
  const one = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T> => {
    const row = (await db.query<T>(sql, params)).rows[0];
    if (!row) throw new Error(`the bench data has nothing for: ${sql}`);
    return row;
  };
  const licences = await db.query<{ number: string }>(`SELECT number FROM "Licence" ORDER BY md5(number) LIMIT 200`);
  const holderLicence = await one<{ id: string }>(
    `SELECT l.id FROM "Licence" l JOIN "AccountLink" a ON a."entityId" = l."entityId" JOIN "User" u ON u.id = a."userId"
     WHERE u.email = $1 AND l.status = 'active' ORDER BY l.number LIMIT 1`,
    [benchAccounts.holder],
  );
  const agent = await one<{ count: number }>(
    `SELECT count(*)::int AS count FROM "AccountLink" a JOIN "User" u ON u.id = a."userId"
     WHERE u.email = $1 AND a."revokedAt" IS NULL`,
    [benchAccounts.agent],
  );
  // A file in the middle of the queue, with documents: what an officer opens.
  const queued = await one<{ id: string; fileNumber: string; lastName: string }>(
    `WITH candidates AS (
       SELECT a.id, a."fileNumber", u."lastName", a."submittedAt" FROM "Application" a JOIN "User" u ON u.id = a."userId"
       WHERE a.status = 'under_review' AND EXISTS (SELECT 1 FROM "Document" d WHERE d."applicationId" = a.id))
     SELECT id, "fileNumber", "lastName" FROM candidates
     ORDER BY "submittedAt", id OFFSET (SELECT count(*) / 2 FROM candidates) LIMIT 1`,
  );
  return {
    licenceNumbers: licences.rows.map((row) => row.number),
    holderLicenceId: holderLicence.id,
    agentBusinesses: agent.count,
    staffFileId: queued.id,
    searchFileNumber: queued.fileNumber,
    searchName: queued.lastName,
  };
}

/** Signs in as a browser without JavaScript does (the form's own fields); returns the session cookie. */
async function signIn(portalUrl: string, email: string): Promise<string> {
  const page = await fetch(`${portalUrl}/fr/login`);
  const form = formWithField(await page.text(), "password");
  if (!form) throw new Error("the sign-in page has no form with a password field");
  const body = new FormData();
  for (const [name, value] of formFields(form, { email, password: DEMO_PASSWORD })) body.append(name, value);
  const response = await fetch(`${portalUrl}/fr/login`, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { origin: portalUrl },
  });
  await response.arrayBuffer();
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith("authjs.session-token="));
  if (response.status !== 303 || !session) throw new Error(`could not sign in as ${email} (${response.status})`);
  return session.split(";")[0] ?? "";
}

/** The section form as posted without JavaScript: its server action's fields, an answer, "Save and come back later". */
async function sectionSaveRequest(portalUrl: string, pathname: string, cookie: string): Promise<Request> {
  const page = await fetch(`${portalUrl}${pathname}`, { headers: { cookie } });
  const form = formWithField(await page.text(), "establishment");
  if (!form) throw new Error(`${pathname} has no section form (${page.status})`);
  const body = new FormData();
  for (const [name, value] of formFields(form, { establishment: "bar" }, { name: "intent", value: "save" })) {
    body.append(name, value);
  }
  const encoded = new Response(body);
  return {
    method: "POST",
    path: pathname,
    headers: {
      cookie,
      origin: portalUrl,
      "content-type": encoded.headers.get("content-type") ?? "",
    },
    body: Buffer.from(await encoded.arrayBuffer()),
  };
}

/** One request as the load will send it: the status must be the scenario's, or the run measures the wrong thing. */
async function preflight(server: Server, request: Request, expectedStatus: number, name: string): Promise<string> {
  const headers: Record<string, string> = { ...request.headers };
  if (request.rotateClientAddress) headers["x-forwarded-for"] = "2001:db8::ffff";
  const response = await fetch(`${server.url}${request.paths?.[0] ?? request.path}`, {
    method: request.method,
    headers,
    ...(request.body ? { body: new Uint8Array(request.body) } : {}),
    redirect: "manual",
  });
  const html = await response.text();
  if (response.status !== expectedStatus) {
    throw new Error(`${name}: ${request.method} ${request.path} answered ${response.status}, not ${expectedStatus}`);
  }
  if (request.bodyMustInclude && !html.includes(request.bodyMustInclude)) {
    throw new Error(`${name}: ${request.path} does not show "${request.bodyMustInclude}"`);
  }
  return html;
}

/** gzip size of the scripts a page makes the browser download, each script fetched and compressed once. */
class ScriptSizes {
  private readonly sizes = new Map<string, number>();

  async ofPage(server: Server, html: string): Promise<number> {
    let total = 0;
    for (const source of pageScripts(html)) {
      const key = `${server.url}${source}`;
      let size = this.sizes.get(key);
      if (size === undefined) {
        const response = await fetch(key);
        if (!response.ok) throw new Error(`${key} answered ${response.status}`);
        size = gzipSync(Buffer.from(await response.arrayBuffer())).length;
        this.sizes.set(key, size);
      }
      total += size;
    }
    return total;
  }
}

async function dropDatabase(serverUrl: string, name: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    say(`${signal}: stopping the servers`);
    void stopAll().then(() => process.exit(130));
  });
}

main()
  .catch((error: unknown) => {
    console.error(`\nnpm run bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
