import { useTranslations } from "next-intl";
import { isProvince, type FieldDefinition, type FieldsNamespace } from "@/lib/applications/fields";
import { withDynamicKeys } from "@/lib/i18n/message-keys";

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
  namespace: FieldsNamespace;
}) {
  const t = withDynamicKeys(useTranslations(namespace));
  const choices = withDynamicKeys(useTranslations("Choices"));
  const address = useTranslations("Address");
  const tSection = useTranslations("SectionPage");
  if (value === undefined || value === null || value === "")
    return <span className="text-muted">{tSection("notAnswered")}</span>;
  switch (field.control) {
    case "radio":
    case "select": {
      const key = `options.${field.name}.${String(value)}`;
      return <>{t.has(key) ? t(key) : choices(String(value))}</>;
    }
    case "checkbox":
      return <>{choices("yes")}</>;
    case "checkboxes": {
      const ticked = Array.isArray(value) ? value.map(String) : [];
      if (ticked.length === 0) return <>{tSection("noneChosen")}</>;
      return (
        <>
          {ticked.map((option) => {
            const key = `options.${field.name}.${option}`;
            return (
              <span key={option} className="block">
                {t.has(key) ? t(key) : choices(option)}
              </span>
            );
          })}
        </>
      );
    }
    case "date": {
      const { day, month, year } = value as Record<string, string>;
      return <>{[day, month, year].join(" / ")}</>;
    }
    case "address": {
      const parts = value as Record<string, string>;
      const province = isProvince(parts.province) ? address(`provinces.${parts.province}`) : (parts.province ?? "");
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
