import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { clientAddress, trustedHopsFrom, withClientAddress } from "@/lib/http/forwarded.mjs";
import { clientIp } from "@/lib/http/client-ip";
import { resetConfigForTests } from "@/lib/config";

const forwardedHeader = fc
  .array(fc.oneof(fc.ipV4(), fc.ipV6(), fc.string({ maxLength: 20 })), { maxLength: 5 })
  .map((entries) => entries.join(", "));

describe("clientAddress", () => {
  it("is the socket's peer for direct connections, whatever X-Forwarded-For the client wrote", () => {
    fc.assert(
      fc.property(fc.ipV4(), forwardedHeader, (socket, forwarded) => {
        expect(clientAddress(socket, forwarded, 0)).toBe(socket);
      }),
    );
  });

  it("is the entry the trusted proxy appended, counting from the right", () => {
    fc.assert(
      fc.property(forwardedHeader, fc.ipV4(), fc.ipV4(), (spoofed, client, proxy) => {
        const header = spoofed ? `${spoofed}, ${client}` : client;
        expect(clientAddress(proxy, header, 1)).toBe(client);
      }),
    );
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.1", 2)).toBe("198.51.100.7");
  });

  it("reads IPv4 through an IPv6 socket as IPv4, and drops what is not an address", () => {
    expect(clientAddress("::ffff:203.0.113.9", undefined, 0)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.1", "<script>", 1)).toBe("");
  });

  it("takes TRUSTED_PROXY_HOPS from 0 to 10 only", () => {
    expect(trustedHopsFrom(undefined)).toBe(0);
    expect(trustedHopsFrom("2")).toBe(2);
    expect(() => trustedHopsFrom("11")).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => trustedHopsFrom("one")).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});

describe("withClientAddress in front of a real HTTP server", () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer(withClientAddress((req, res) => res.end(String(req.headers["x-forwarded-for"])), 0));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (headers: Record<string, string>) =>
    new Promise<string>((resolve, reject) => {
      request({ host: "127.0.0.1", port, headers }, (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => resolve(body));
      })
        .on("error", reject)
        .end();
    });

  it("replaces a forged X-Forwarded-For with the connection's address", async () => {
    expect(await get({ "x-forwarded-for": "203.0.113.50" })).toBe("127.0.0.1");
    expect(await get({})).toBe("127.0.0.1");
  });
});

describe("clientIp", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    resetConfigForTests();
  });

  it("reads the address server.mjs wrote", () => {
    delete process.env.VERCEL;
    resetConfigForTests();
    expect(clientIp(new Headers({ "x-forwarded-for": "198.51.100.7" }))).toBe("198.51.100.7");
    expect(clientIp(new Headers())).toBe("unknown");
  });

  it("on Vercel reads the platform's header, never the client's X-Forwarded-For", () => {
    process.env.VERCEL = "1";
    // Vercel keeps no files: the configuration asks for UploadThing there.
    process.env.UPLOADTHING_TOKEN = Buffer.from(
      JSON.stringify({ apiKey: "sk_test_0", appId: "a", regions: ["sea1"] }),
    ).toString("base64");
    resetConfigForTests();
    expect(clientIp(new Headers({ "x-vercel-forwarded-for": "198.51.100.7", "x-forwarded-for": "6.6.6.6" }))).toBe(
      "198.51.100.7",
    );
  });
});
