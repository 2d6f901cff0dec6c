import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

type Tree = { [key: string]: string | Tree };

const load = (locale: string): Tree =>
  JSON.parse(fs.readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8")) as Tree;

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") entries.set(prefix + key, value);
    else for (const [nested, text] of flatten(value, `${prefix}${key}.`)) entries.set(nested, text);
  }
  return entries;
}

/** Every argument a message uses ({name}, plurals, selects, rich-text tags), from its parsed form. */
function argumentsOf(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((element) => {
    // Literals (type 0) carry text, not an argument; "#" in a plural has no value at all.
    const own = "value" in element && element.type !== 0 ? [String(element.value)] : [];
    const nested =
      "options" in element ? Object.values(element.options).flatMap((option) => argumentsOf(option.value)) : [];
    const children = "children" in element ? argumentsOf(element.children) : [];
    return [...own, ...nested, ...children];
  });
}

const fr = flatten(load("fr"));
const en = flatten(load("en"));

describe("messages", () => {
  it("have the same keys in French and English", () => {
    expect([...fr.keys()].filter((key) => !en.has(key))).toEqual([]);
    expect([...en.keys()].filter((key) => !fr.has(key))).toEqual([]);
  });

  it("are valid ICU messages using the same placeholders in both languages", () => {
    for (const [key, english] of en) {
      const french = fr.get(key) ?? "";
      expect(() => parse(english), `en ${key}`).not.toThrow();
      expect(() => parse(french), `fr ${key}`).not.toThrow();
      const placeholders = (text: string) => [...new Set(argumentsOf(parse(text)))].sort();
      expect(placeholders(french), key).toEqual(placeholders(english));
    }
  });

  it("leave no message empty", () => {
    for (const [key, text] of [...fr, ...en]) expect(text.trim(), key).not.toBe("");
  });
});

describe("French typography", () => {
  const frenchText = [...fr].map(
    ([key, text]) => [key, text.replace(/<[^>]+>/g, "").replace(/\{[^}]+\}/g, "")] as const,
  );

  it("puts a non-breaking space before : ; ? ! and inside « »", () => {
    for (const [key, text] of frenchText) {
      expect(text, key).not.toMatch(/[ \S](?<![\u00a0\u202f])[;?!](?=\s|$)/u);
      expect(text, key).not.toMatch(/(?<![\u00a0\u202f\d]|https?|tel|mailto)[ ]?:(?=\s|$)/u);
      expect(text, key).not.toMatch(/« |«(?!\u00a0)| »|(?<!\u00a0)»/u);
    }
  });

  it("says « courriel », not « e-mail », and uses the typographic apostrophe", () => {
    for (const [key, text] of frenchText) {
      expect(text.toLowerCase(), key).not.toMatch(/e-?mail/);
    }
    // Checked on the raw message too: plural branches ({count, plural, one {…}}) are French text as well.
    for (const [key, text] of fr) expect(text, key).not.toContain("'");
  });

  it("writes amounts as « 30 000 $ »", () => {
    for (const [key, text] of frenchText) expect(text, key).not.toMatch(/\$\s?\d|\d \$/);
  });
});
