import { describe, expect, it } from "vitest";
import { buildDomainGraph, findDomainCycles, importedSpecifiers, libDomainOf } from "@/tools/lib-domain-graph";

describe("libDomainOf", () => {
  it("names the folder under lib/", () => {
    expect(libDomainOf("lib/payments/orders.ts")).toBe("payments");
    expect(libDomainOf("lib/applications/kinds/liquor.ts")).toBe("applications");
  });

  it("has no domain outside lib/<domain>/", () => {
    expect(libDomainOf("app/[locale]/page.tsx")).toBeNull();
    expect(libDomainOf("lib/index.ts")).toBeNull();
  });
});

describe("importedSpecifiers", () => {
  it("finds imports over several lines, type imports, re-exports and import()", () => {
    const source = `import {\n  a,\n  b,\n} from "@/lib/a/x";\nimport type { T } from "../b/y";\nexport { c } from "./c";\nconst d = await import("@/lib/d/z");`;
    expect(importedSpecifiers(source)).toEqual(["@/lib/a/x", "../b/y", "./c", "@/lib/d/z"]);
  });
});

describe("buildDomainGraph", () => {
  it("links a domain to each other domain it imports, by alias or relative path, with the importing files", () => {
    const graph = buildDomainGraph([
      {
        path: "lib/payments/orders.ts",
        source: `import { x } from "@/lib/applications/data";\nimport { y } from "./money";`,
      },
      {
        path: "lib/payments/card.ts",
        source: `import { z } from "../applications/renewal";\nimport Stripe from "stripe";`,
      },
      { path: "app/page.tsx", source: `import { w } from "@/lib/payments/orders";` },
    ]);
    expect([...graph.keys()]).toEqual(["payments"]);
    expect(graph.get("payments")).toEqual(
      new Map([["applications", ["lib/payments/orders.ts", "lib/payments/card.ts"]]]),
    );
  });

  it("counts an import of a domain's index", () => {
    const graph = buildDomainGraph([
      {
        path: "lib/payments/orders.ts",
        source: `import { audit } from "@/lib/audit";\nimport { getConfig } from "../config";`,
      },
    ]);
    expect(graph.get("payments")).toEqual(
      new Map([
        ["audit", ["lib/payments/orders.ts"]],
        ["config", ["lib/payments/orders.ts"]],
      ]),
    );
  });
});

describe("findDomainCycles", () => {
  it("finds nothing when imports run one way", () => {
    const graph = buildDomainGraph([
      { path: "lib/payments/orders.ts", source: `import "@/lib/applications/data";` },
      { path: "lib/applications/data.ts", source: `import "@/lib/db/client";` },
    ]);
    expect(findDomainCycles(graph)).toEqual([]);
  });

  it("reports two domains that import each other, with the files of each edge", () => {
    const graph = buildDomainGraph([
      { path: "lib/payments/orders.ts", source: `import "@/lib/applications/data";` },
      { path: "lib/applications/data.ts", source: `import "@/lib/payments/fees";` },
    ]);
    expect(findDomainCycles(graph)).toEqual([
      {
        domains: ["applications", "payments"],
        edges: [
          { from: "applications", to: "payments", files: ["lib/applications/data.ts"] },
          { from: "payments", to: "applications", files: ["lib/payments/orders.ts"] },
        ],
      },
    ]);
  });

  it("reports a cycle through a third domain", () => {
    const graph = buildDomainGraph([
      { path: "lib/auth/auth.ts", source: `import "@/lib/accounts/sign-in";` },
      { path: "lib/accounts/profile.ts", source: `import "@/lib/mail/outbox";` },
      { path: "lib/mail/access.ts", source: `import "@/lib/auth/session";` },
      { path: "lib/db/client.ts", source: `` },
    ]);
    expect(findDomainCycles(graph).map((cycle) => cycle.domains)).toEqual([["accounts", "auth", "mail"]]);
  });
});
