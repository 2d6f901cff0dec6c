/**
 * What the benchmark reads in a page's HTML, as a browser without JavaScript would: a form's fields
 * (to sign in and to save a section through the server action's own hidden fields) and the scripts
 * a page makes the browser download.
 */

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** A tag's attributes; a bare attribute (`checked`) is "". */
export function attributesOf(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const body = tag.replace(/^<[a-z0-9]+/i, "").replace(/\/?>$/, "");
  for (const match of body.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    const name = match[1];
    if (name) attributes[name.toLowerCase()] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? "");
  }
  return attributes;
}

/** The first form whose HTML holds a field of this name. */
export function formWithField(html: string, fieldName: string): string | null {
  for (const match of html.matchAll(/<form\b[\s\S]*?<\/form>/gi)) {
    const form = match[0];
    const names = [...form.matchAll(/<(?:input|select|textarea)\b[^>]*>/gi)].map((tag) => attributesOf(tag[0]).name);
    if (names.includes(fieldName)) return form;
  }
  return null;
}

/**
 * What submitting the form sends: hidden and text fields, checked boxes and radios, selected options,
 * text areas, then `overrides` (the fields a person fills in) and the submit button pressed, if named.
 */
export function formFields(
  form: string,
  overrides: Record<string, string> = {},
  submit?: { name: string; value: string },
): [string, string][] {
  const fields: [string, string][] = [];
  for (const match of form.matchAll(/<input\b[^>]*>/gi)) {
    const input = attributesOf(match[0]);
    const type = (input.type ?? "text").toLowerCase();
    if (!input.name || input.disabled !== undefined) continue;
    if (["submit", "button", "image", "reset", "file"].includes(type)) continue;
    if ((type === "radio" || type === "checkbox") && input.checked === undefined) continue;
    fields.push([input.name, input.value ?? (type === "checkbox" || type === "radio" ? "on" : "")]);
  }
  for (const match of form.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/gi)) {
    const name = attributesOf(`<textarea${match[1] ?? ""}>`).name;
    if (name) fields.push([name, decodeEntities(match[2] ?? "")]);
  }
  for (const match of form.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/gi)) {
    const name = attributesOf(`<select${match[1] ?? ""}>`).name;
    if (!name) continue;
    const options = [...(match[2] ?? "").matchAll(/<option\b[^>]*>/gi)].map((option) => attributesOf(option[0]));
    const chosen = options.find((option) => option.selected !== undefined) ?? options[0];
    if (chosen) fields.push([name, chosen.value ?? ""]);
  }
  const overridden = fields.filter(([name]) => !(name in overrides));
  return [
    ...overridden,
    ...Object.entries(overrides),
    ...(submit ? [[submit.name, submit.value] as [string, string]] : []),
  ];
}

/**
 * The scripts a browser downloads for the page: every `<script src>` and `<link rel="preload"
 * as="script">` of the app's own build, once each; `noModule` fallbacks are left out (a modern
 * browser skips them).
 */
export function pageScripts(html: string): string[] {
  const sources = new Set<string>();
  for (const match of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const tag = attributesOf(match[0]);
    const url =
      match[1]?.toLowerCase() === "script"
        ? tag.src
        : tag.rel === "preload" && tag.as === "script"
          ? tag.href
          : undefined;
    if (!url || tag.nomodule !== undefined || !url.startsWith("/_next/static/")) continue;
    sources.add(url);
  }
  return [...sources];
}
