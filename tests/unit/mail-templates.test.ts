import { describe, expect, it } from "vitest";
import { emailTemplates, ForeignLinkError, isPortalUrl, renderEmail } from "@/lib/mail/templates";

const appUrl = "http://localhost:3000";
const activationUrl = `${appUrl}/en/activate?token=abc123&x=1`;

describe("renderEmail", () => {
  it.each(emailTemplates.flatMap((template) => (["fr", "en"] as const).map((locale) => [template, locale] as const)))(
    "renders %s in %s with the name and the link in every part",
    (template, locale) => {
      const url = `${appUrl}/${locale}/login`;
      const email = renderEmail(template, locale, { name: "Marie Tremblay", url });
      expect(email.subject).not.toBe("");
      expect(email.text).toContain("Marie Tremblay");
      expect(email.text).toContain(url);
      expect(email.html).toContain("Marie Tremblay");
      expect(email.html).toContain(`href="${url}"`);
      expect(email.html).toContain(`<html lang="${locale}">`);
    },
  );

  it("writes English for an English recipient", () => {
    const email = renderEmail("activation", "en", { name: "John Smith", url: activationUrl });
    expect(email.subject).toBe("Activate your registration – Licensing Portal");
    expect(email.text).toContain("Hello John Smith,");
    expect(email.text).toContain("Activate my account\n" + activationUrl);
    expect(email.text).toContain("This link works once and for 48 hours.");
    expect(email.text).toContain("The Licensing Portal team\nAlcohol and Gaming Commission");
  });

  it("writes French, with « courriel », for a French recipient", () => {
    const email = renderEmail("passwordReset", "fr", { name: "Marie Tremblay", url: `${appUrl}/fr/reset-password?token=t` });
    expect(email.subject).toBe("Réinitialiser le mot de passe – Portail des permis");
    expect(email.text).toContain("Bonjour Marie Tremblay,");
    expect(email.text).toContain("Ce courriel a été envoyé automatiquement par le Portail des permis.");
    expect(email.text).toContain("1-800-000-0000");
    expect(email.html).toContain("Ce courriel a été envoyé automatiquement");
    expect(email.text).not.toMatch(/e-mail/i);
  });

  it("shows the action as a button-like link and the plain address beside it", () => {
    const { html } = renderEmail("activation", "en", { name: "John", url: activationUrl });
    const escapedUrl = activationUrl.replace(/&/g, "&amp;");
    expect(html.match(new RegExp(`href="${escapedUrl.replace(/[.?]/g, "\\$&")}"`, "g"))).toHaveLength(2);
    expect(html).toMatch(/<a href="[^"]+" style="display:inline-block;[^"]*">Activate my account<\/a>/);
    expect(html).toContain(`>${escapedUrl}</a>`);
  });

  it("escapes HTML in every interpolated value", () => {
    const { html, subject } = renderEmail("activation", "en", {
      name: '<script>alert("x")</script>',
      url: `${appUrl}/en/activate?token="><img src=x>`,
    });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("&quot;&gt;&lt;img src=x&gt;");
    expect(subject).not.toContain("<");
  });

  it("tells the recipient they may ignore an e-mail they did not ask for, but not after a password change", () => {
    const values = { name: "John", url: `${appUrl}/en/login` };
    expect(renderEmail("passwordReset", "en", values).text).toContain("you can ignore this e-mail");
    const changed = renderEmail("passwordChanged", "en", values);
    expect(changed.text).not.toContain("you can ignore this e-mail");
    expect(changed.text).toContain("call customer service at 1-800-000-0000 right away");
  });

  it("refuses a link that does not lead to the portal", () => {
    const render = (url: string) => () => renderEmail("passwordReset", "en", { name: "John", url });
    expect(render("https://evil.example/en/reset-password?token=t")).toThrow(ForeignLinkError);
    expect(render("http://localhost:3000.evil.example/en/login")).toThrow(ForeignLinkError);
    expect(render("http://localhost:30001/en/login")).toThrow(ForeignLinkError);
    expect(render("/en/login")).toThrow(ForeignLinkError);
  });
});

describe("isPortalUrl", () => {
  it("accepts the base URL and what lies under it", () => {
    expect(isPortalUrl(appUrl)).toBe(true);
    expect(isPortalUrl(`${appUrl}/fr/activate?token=x`)).toBe(true);
    expect(isPortalUrl(`${appUrl}?a=1`)).toBe(true);
  });

  it("refuses another origin that merely starts the same way", () => {
    expect(isPortalUrl(`${appUrl}.evil.example/`)).toBe(false);
    expect(isPortalUrl(`${appUrl}@evil.example/`)).toBe(false);
    expect(isPortalUrl("javascript:alert(1)")).toBe(false);
  });
});
