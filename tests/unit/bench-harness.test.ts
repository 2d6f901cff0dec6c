import { describe, expect, it } from "vitest";
import { formFields, formWithField, pageScripts } from "../bench/html";
import { judge, resultTable, type Floor, type Measured } from "../bench/report";
import type { LoadResult } from "../bench/load";

const sectionPage = `
<form action="" method="POST"><input type="hidden" name="$ACTION_REF_1"/><input name="q"/></form>
<form noValidate="" data-autosave="true" action="" encType="multipart/form-data" method="POST">
  <input type="hidden" name="$ACTION_REF_5"/>
  <input type="hidden" name="$ACTION_5:0" value="{&quot;id&quot;:&quot;7f8e&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/>
  <input type="hidden" name="$ACTION_5:1" value="[&quot;fr&quot;,&quot;b000&quot;,&quot;applicationType&quot;]"/>
  <input id="e" type="radio" name="establishment" checked="" value="restaurant"/>
  <input id="e-1" type="radio" name="establishment" value="bar"/>
  <input type="checkbox" name="unticked" value="yes"/>
  <textarea name="notes">Terrasse &amp; salle</textarea>
  <select name="term"><option value="1">1</option><option value="2" selected="">2</option></select>
  <button type="submit" value="continue" name="intent">Continuer</button>
</form>`;

describe("the benchmark's form reader", () => {
  it("finds the form that holds a field", () => {
    expect(formWithField(sectionPage, "establishment")).toContain("data-autosave");
    expect(formWithField(sectionPage, "password")).toBeNull();
  });

  it("sends what a browser without JavaScript sends: hidden fields decoded, checked choices, the pressed button", () => {
    const form = formWithField(sectionPage, "establishment") ?? "";
    expect(formFields(form, { establishment: "bar" }, { name: "intent", value: "save" })).toEqual([
      ["$ACTION_REF_5", ""],
      ["$ACTION_5:0", '{"id":"7f8e","bound":"$@1"}'],
      ["$ACTION_5:1", '["fr","b000","applicationType"]'],
      ["notes", "Terrasse & salle"],
      ["term", "2"],
      ["establishment", "bar"],
      ["intent", "save"],
    ]);
  });
});

describe("the benchmark's first-load scripts", () => {
  it("counts each script of the build once, preloaded or not, and leaves out noModule fallbacks and others' scripts", () => {
    const html = `<link rel="preload" as="script" href="/_next/static/chunks/a.js"/><link rel="stylesheet" href="/_next/static/b.css"/>
      <script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/c.js"></script>
      <script src="/_next/static/chunks/polyfills.js" noModule=""></script><script src="https://example.com/x.js"></script>
      <script>self.__next_f.push([1,""])</script>`;
    expect(pageScripts(html)).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/c.js"]);
  });
});

const run = (requestsPerSecond: number, p99: number, memoryMb = 200): LoadResult => ({
  requestsPerSecond,
  p50: p99 / 2,
  p99,
  completed: requestsPerSecond * 10,
  unexpected: 0,
  startMemoryBytes: 150 * 1024 * 1024,
  peakMemoryBytes: memoryMb * 1024 * 1024,
  cut: false,
});
const floor: Floor = {
  static: run(1000, 20),
  dynamic: run(400, 50),
  staticScriptBytes: 100_000,
  dynamicScriptBytes: 100_000,
};
const row = (overrides: Partial<Measured>): Measured => ({
  name: "page",
  path: "/fr",
  category: "public",
  scripts: "publicPage",
  load: run(600, 30),
  scriptBytes: 105_000,
  ...overrides,
});

describe("issue 18's targets", () => {
  it("reads a public page against the prerendered floor, and its scripts against 1.1 times the floor's", () => {
    expect(judge(row({}), floor).misses).toEqual([]);
    expect(judge(row({ load: run(400, 30), scriptBytes: 120_000 }), floor).misses).toEqual([
      "req/s < 0.5× floor",
      "JS > 1.1× floor",
    ]);
  });

  it("reads a signed-in page against the dynamic floor: 0.6 times its req/s, at most twice its p99", () => {
    const signedIn = { category: "signedIn", scripts: "none" } as const;
    expect(judge(row({ ...signedIn, load: run(240, 100) }), floor).misses).toEqual([]);
    expect(judge(row({ ...signedIn, load: run(239, 101) }), floor).misses).toEqual([
      "req/s < 0.6× floor",
      "p99 > 2× floor",
    ]);
  });

  it("holds the staff queue's queries under 50 ms and a form's scripts to 1.3 times the floor's", () => {
    const staff = row({ category: "staffQuery", scripts: "form", load: run(200, 500), scriptBytes: 130_000 });
    expect(judge({ ...staff, slowestQueryMs: 49.9 }, floor).misses).toEqual([]);
    expect(judge({ ...staff, slowestQueryMs: 50, scriptBytes: 131_000 }, floor).misses).toEqual([
      "query 50 ms ≥ 50 ms",
      "JS > 1.3× floor",
    ]);
  });

  it("holds a reference page to nothing but its memory and answers, and marks it as a reference", () => {
    const reference = row({ category: "reference", scripts: "none", load: run(40, 900) });
    expect(judge(reference, floor)).toMatchObject({ throughputRatio: 0.1, misses: [] });
    expect(judge({ ...reference, load: run(40, 900, 500) }, floor).misses).toEqual(["memory ≥ 500 MB"]);
    expect(resultTable([reference], floor).split("\n").at(-1)).toMatch(/\| 0\.10 \| 18\.00 \|.*\| reference \|$/);
  });

  it("counts memory at 500 MB or more, and any unexpected response, as misses", () => {
    const heavy = row({ load: { ...run(600, 30, 500), unexpected: 3 } });
    expect(judge(heavy, floor).misses).toEqual(["memory ≥ 500 MB", "3 unexpected responses"]);
  });
});
