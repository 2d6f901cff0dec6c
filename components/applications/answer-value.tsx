import { useTranslations } from "next-intl";
import type { FieldDefinition } from "@/lib/applications/fields";

/**
 * A saved answer as "check your answers" shows it: the option's words rather than its code, an
 * address on its lines, a date as typed. Nothing typed is ever shown as raw HTML.
 */
export function AnswerValue({
  field,
  value,
  namespace,
}: {
  field: FieldDefinition;
  value: unknown;
  namespace: string;
}) {
  const t = useTranslations(namespace as never) as unknown as ((key: string) => string) & {
    has: (key: string) => boolean;
  };
  const choices = useTranslations("Choices");
  const address = useTranslations("Address");
  const tSection = useTranslations("SectionPage");
  if (value === undefined || value === null || value === "")
    return <span className="text-muted">{tSection("notAnswered")}</span>;
  switch (field.control) {
    case "radio":
    case "select": {
      const key = `options.${field.name}.${String(value)}`;
      return <>{t.has(key) ? t(key) : choices(String(value) as "yes")}</>;
    }
    case "checkbox":
      return <>{choices("yes")}</>;
    case "date": {
      const { day, month, year } = value as Record<string, string>;
      return <>{[day, month, year].join(" / ")}</>;
    }
    case "address": {
      const parts = value as Record<string, string>;
      const province = parts.province ? address(`provinces.${parts.province as "ON"}`) : "";
      const lines = [
        parts.line1,
        parts.line2,
        [parts.city, province].filter(Boolean).join(", "),
        parts.postalCode,
      ].filter(Boolean);
      return (
        <>
          {lines.map((line, index) => (
            <span key={index} className="block">
              {line}
            </span>
          ))}
        </>
      );
    }
    default:
      return <>{String(value)}</>;
  }
}
