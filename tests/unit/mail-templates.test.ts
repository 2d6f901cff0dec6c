import { describe, expect, it } from "vitest";
import {
  emailTemplates,
  ForeignLinkError,
  isPortalUrl,
  MissingEmailDetailsError,
  renderEmail,
  type EmailTemplate,
  type EmailValues,
} from "@/lib/mail/templates";

const appUrl = "http://localhost:3000";
const activationUrl = `${appUrl}/en/activate?token=abc123&x=1`;

/** What a template needs: the name and the link, and for a reminder the licence it is about. */
function sampleValues(template: EmailTemplate, name: string, url: string): EmailValues {
  if (template === "renewalReminder")
    return { name, url, number: "LSL-2026-000123", expiresOn: "November 26, 2026", daysLeft: 60 };
  if (template === "reportReminder")
    return { name, url, number: "LOT-2026-000123", dueOn: "December 26, 2026", daysLate: 3 };
  if (template === "disclosureRequest")
    return {
      name,
      url,
      applicant: "Bistro Cormoran inc.",
      fileNumber: "LSL-N-2026-7K3M9Q",
      expiresOn: "December 26, 2026",
      form: "person",
    };
  if (template === "wireInstructions")
    return {
      name,
      url,
      fileNumber: "GMR-N-2026-7K3M9Q",
      amount: "$100,000.00",
      reference: "PAY-7K3M9Q2X",
      bank: "Demo Bank\n001 / 00011 / 1234567",
    };
  if (["informationRequested", "applicationApproved", "applicationRefused"].includes(template))
    return { name, url, fileNumber: "LSL-N-2026-7K3M9Q" };
  if (template === "licenceStatusChanged")
    return { name, url, number: "LSL-2026-000123", status: "suspended", lastDay: "November 26, 2026" };
  if (template.startsWith("changeRequest"))
    return { name, url, reference: "CHG-2026-004512", number: "LSL-2025-000101" };
  if (template === "complianceDocumentIssued") return { name, url, number: "LSL-2025-000101", title: "Warning letter" };
  if (template === "paymentConfirmed")
    return { name, url, fileNumber: "LSL-N-2026-7K3M9Q", amount: "$1,055.00", reference: "PAY-7K3M9Q2X" };
  return { name, url };
}

describe("renderEmail", () => {
  it.each(emailTemplates.flatMap((template) => (["fr", "en"] as const).map((locale) => [template, locale] as const)))(
    "renders %s in %s with the name and the link in every part",
    (template, locale) => {
      const url = `${appUrl}/${locale}/login`;
      const email = renderEmail(template, locale, sampleValues(template, "Marie Tremblay", url));
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
    const email = renderEmail("passwordReset", "fr", {
      name: "Marie Tremblay",
      url: `${appUrl}/fr/reset-password?token=t`,
    });
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

describe("renderEmail renewalReminder", () => {
  const reminder = (locale: "fr" | "en", expiresOn: string, daysLeft: number) =>
    renderEmail("renewalReminder", locale, {
      name: "Marie Tremblay",
      url: `${appUrl}/${locale}/licences/13000000-0000-4000-8000-000000000002/renew`,
      number: "LSL-2024-000102",
      expiresOn,
      daysLeft,
    });

  it("names the licence and its expiry date in the subject, in French", () => {
    const email = reminder("fr", "26 décembre 2026", 60);
    expect(email.subject).toBe("Votre permis LSL-2024-000102 expire le 26 décembre 2026 – Portail des permis");
    expect(email.text).toContain("Votre permis LSL-2024-000102 expire le 26 décembre 2026, dans 60 jours.");
    expect(email.text).toContain(
      "Renouveler mon permis\nhttp://localhost:3000/fr/licences/13000000-0000-4000-8000-000000000002/renew",
    );
    expect(email.text).not.toMatch(/e-mail/i);
  });

  it("names the licence and its expiry date in the subject, in English", () => {
    const email = reminder("en", "December 26, 2026", 7);
    expect(email.subject).toBe("Your licence LSL-2024-000102 expires on December 26, 2026 – Licensing Portal");
    expect(email.text).toContain("Your licence LSL-2024-000102 expires on December 26, 2026, in 7 days.");
    expect(email.html).toContain('href="http://localhost:3000/en/licences/13000000-0000-4000-8000-000000000002/renew"');
  });

  it("counts the days left in words that fit the number", () => {
    expect(reminder("en", "December 26, 2026", 1).text).toContain("in 1 day.");
    expect(reminder("en", "December 26, 2026", 0).text).toContain("December 26, 2026, today.");
    expect(reminder("fr", "26 décembre 2026", 1).text).toContain("dans 1 jour.");
    expect(reminder("fr", "26 décembre 2026", 0).text).toContain("26 décembre 2026, aujourd’hui.");
  });

  it("says a licence not renewed by its expiry date expires and needs a new application", () => {
    expect(reminder("en", "December 26, 2026", 7).text).toContain(
      "A licence that is not renewed by its expiry date expires: it can no longer be renewed, and a new licence application is needed.",
    );
    expect(reminder("fr", "26 décembre 2026", 7).text).toContain("il faut présenter une nouvelle demande de permis");
  });

  it("does not tell the licensee they may ignore it", () => {
    expect(reminder("en", "December 26, 2026", 7).text).not.toContain("you can ignore this e-mail");
  });

  it("escapes the licence details in the HTML part", () => {
    const { html } = renderEmail("renewalReminder", "en", {
      name: "John",
      url: `${appUrl}/en/licences/x/renew`,
      number: "<b>LSL</b>",
      expiresOn: "<i>soon</i>",
      daysLeft: 7,
    });
    expect(html).not.toContain("<b>");
    expect(html).not.toContain("<i>");
    expect(html).toContain("&lt;b&gt;LSL&lt;/b&gt;");
  });

  it("refuses a reminder queued without its licence details", () => {
    // As the outbox may pair this template with another's values.
    const values: EmailValues = { name: "John", url: `${appUrl}/en/licences/x/renew` };
    expect(() => renderEmail("renewalReminder" as EmailTemplate, "en", values)).toThrow(MissingEmailDetailsError);
  });
});

describe("renderEmail disclosureRequest", () => {
  const values = (form: string) => ({
    name: "Luc Gagnon",
    url: `${appUrl}/fr/disclosures/abc`,
    applicant: "Bistro Cormoran inc.",
    fileNumber: "LSL-N-2026-7K3M9Q",
    expiresOn: "26 décembre 2026",
    form,
  });

  it("asks a person for their personal disclosure", () => {
    const email = renderEmail("disclosureRequest", "en", values("person"));
    expect(email.subject).toBe("Your disclosure for Bistro Cormoran inc.’s application – Licensing Portal");
    expect(email.text).toContain(
      "named you as a person with an interest in its licence application (file LSL-N-2026-7K3M9Q)",
    );
    expect(email.text).toContain("Complete my disclosure");
  });

  it("asks a premises manager for their manager's disclosure, in each language", () => {
    const english = renderEmail("disclosureRequest", "en", values("premises_manager"));
    expect(english.subject).toContain("Your premises manager disclosure");
    expect(english.text).toContain("named you as a manager of its licensed premises");
    expect(english.text).toContain("your training, experience and background");
    const french = renderEmail("disclosureRequest", "fr", values("premises_manager"));
    expect(french.subject).toContain("Votre déclaration de gérant d’établissement");
    expect(french.text).toContain("vous a désigné comme gérant de son établissement");
    expect(french.text).toContain("Remplir ma déclaration");
  });

  it("asks an entity's signing officer for the business's disclosure, in each language", () => {
    const english = renderEmail("disclosureRequest", "en", values("entity"));
    expect(english.subject).toContain("Your business’s disclosure");
    expect(english.text).toContain("named your business as an entity with an interest");
    expect(english.text).toContain("completed by a signing officer");
    expect(english.text).toContain("Complete the business’s disclosure");
    const french = renderEmail("disclosureRequest", "fr", values("entity"));
    expect(french.subject).toContain("La déclaration de votre entreprise");
    expect(french.text).toContain("remplie par un signataire autorisé");
    expect(french.text).toContain("Remplir la déclaration de l’entreprise");
  });

  it("refuses a request queued without saying which form it asks for", () => {
    // As the outbox may pair this template with values queued before forms existed.
    const { name, url, applicant, fileNumber, expiresOn } = values("entity");
    const withoutForm: EmailValues = { name, url, applicant, fileNumber, expiresOn } as EmailValues;
    expect(() => renderEmail("disclosureRequest" as EmailTemplate, "en", withoutForm)).toThrow(
      MissingEmailDetailsError,
    );
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

describe("renderEmail licenceStatusChanged", () => {
  const url = `${appUrl}/fr/licences/13000000-0000-4000-8000-000000000001`;

  it("names a suspension's last day when it has one, and says 'until further notice' when not", () => {
    const until = renderEmail("licenceStatusChanged", "fr", {
      name: "Marie",
      url,
      number: "LSL-2026-000123",
      status: "suspended",
      lastDay: "26 novembre 2026",
    });
    expect(until.subject).toContain("Votre permis LSL-2026-000123 est suspendu");
    expect(until.text).toContain("jusqu’au 26 novembre 2026 inclusivement");
    const open = renderEmail("licenceStatusChanged", "en", {
      name: "John",
      url,
      number: "LSL-2026-000123",
      status: "suspended",
    });
    expect(open.text).toContain("until further notice");
    expect(open.text).not.toContain("none");
  });

  it("words each status for what it means", () => {
    const text = (status: string) =>
      renderEmail("licenceStatusChanged", "en", { name: "John", url, number: "LSL-2026-000123", status }).subject;
    expect(text("cancelled")).toContain("is cancelled");
    expect(text("surrendered")).toContain("surrender");
    expect(text("active")).toContain("in force again");
  });
});
