import { describe, expect, it } from "vitest";
import { baseSecurityHeaders, pageContentSecurityPolicy } from "@/lib/security/headers";

const header = (headers: Array<{ key: string; value: string }>, key: string) =>
  headers.find((entry) => entry.key === key)?.value;

describe("pageContentSecurityPolicy", () => {
  it("allows scripts only with the request's nonce in production, never eval", () => {
    const policy = pageContentSecurityPolicy("abc123", true);
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it("allows eval only in development, for React's debugging tools", () => {
    expect(pageContentSecurityPolicy("n", false)).toContain("'unsafe-eval'");
  });
});

describe("baseSecurityHeaders", () => {
  it("sends HSTS in production only", () => {
    expect(header(baseSecurityHeaders(true), "Strict-Transport-Security")).toMatch(/max-age=\d{8}/);
    expect(header(baseSecurityHeaders(false), "Strict-Transport-Security")).toBeUndefined();
  });

  it("forbids sniffing and framing, and trims referrers", () => {
    const headers = baseSecurityHeaders(true);
    expect(header(headers, "X-Content-Type-Options")).toBe("nosniff");
    expect(header(headers, "X-Frame-Options")).toBe("DENY");
    expect(header(headers, "Referrer-Policy")).toBe("strict-origin-when-cross-origin");
  });
});
