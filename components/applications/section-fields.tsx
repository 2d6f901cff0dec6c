import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { addressParts, provinces, type FieldDefinition, type FieldsNamespace } from "@/lib/applications/fields";
import { withDynamicKeys, type DynamicTranslator } from "@/lib/i18n/message-keys";
import {
  Checkbox,
  CheckboxGroup,
  DateField,
  RadioGroup,
  SelectField,
  TextArea,
  TextField,
  type DateParts,
} from "@/components/field";

type Values = Record<string, unknown>;

/**
 * A field as the form draws it: its declaration less the zod schema, which the form never reads. A
 * client form (the start page's, whose errors come back from its action) receives fields in this
 * shape, as a schema cannot cross from the server to the browser.
 */
export type FieldView = FieldDefinition extends infer Field
  ? Field extends unknown
    ? Omit<Field, "schema">
    : never
  : never;

export function fieldViews(fields: readonly FieldDefinition[]): FieldView[] {
  return fields.map((field) => {
    if (!("schema" in field)) return field;
    const { schema, ...view } = field;
    void schema; // left behind on purpose: see FieldView
    return view;
  });
}

/**
 * The form of a section (or of one item, or of a disclosure), drawn from its field declarations.
 * Labels, hints, options and errors are found by the field's name in `namespace`; the fields keep
 * what was saved, so an error never costs the user their typing. Server-rendered: works without
 * JavaScript, including the "if different" questions (see .reveal-group).
 */
export function SectionFields({
  fields,
  values,
  errors,
  namespace,
  headingField,
}: {
  fields: readonly FieldView[];
  values: Values;
  /** Input id → translated message. */
  errors: Record<string, string>;
  namespace: FieldsNamespace;
  /** A page asking one question makes that question its h1. */
  headingField?: string;
}) {
  const t = withDynamicKeys(useTranslations(namespace));
  const choices = withDynamicKeys(useTranslations("Choices"));
  const blocks: ReactNode[] = [];
  for (const [index, field] of fields.entries()) {
    const revealed = fields.slice(index + 1).filter((candidate) => candidate.when?.field === field.name);
    const control = (
      <FieldControl
        key={field.name}
        field={field}
        values={values}
        errors={errors}
        t={t}
        choices={choices}
        isPageHeading={field.name === headingField}
        reveals={revealed[0]?.when?.equals}
      />
    );
    if (revealed.length === 0) {
      if (!field.when) blocks.push(control);
      continue;
    }
    blocks.push(
      <div key={field.name} className="reveal-group">
        {control}
        <div className="reveal-target">
          {revealed.map((dependent) => (
            <FieldControl
              key={dependent.name}
              field={dependent}
              values={values}
              errors={errors}
              t={t}
              choices={choices}
            />
          ))}
        </div>
      </div>,
    );
  }
  return <>{blocks}</>;
}

function FieldControl({
  field,
  values,
  errors,
  t,
  choices,
  isPageHeading,
  reveals,
}: {
  field: FieldView;
  values: Values;
  errors: Record<string, string>;
  t: DynamicTranslator;
  choices: DynamicTranslator;
  isPageHeading?: boolean;
  /** The option that shows the dependent questions. */
  reveals?: string;
}) {
  const label = t(`fields.${field.name}.label`);
  const hint = t.has(`fields.${field.name}.hint`) ? t(`fields.${field.name}.hint`) : undefined;
  const value = values[field.name];
  const common = { name: field.name, label, hint, error: errors[field.name], optional: field.optional, isPageHeading };
  const optionLabel = (option: string) =>
    t.has(`options.${field.name}.${option}`) ? t(`options.${field.name}.${option}`) : choices(option);
  // What an option means, when its name alone does not say (an endorsement): `optionHints.<name>.<option>`.
  const optionHint = (option: string) =>
    t.has(`optionHints.${field.name}.${option}`) ? t(`optionHints.${field.name}.${option}`) : undefined;

  switch (field.control) {
    case "text":
      return (
        <TextField
          {...common}
          type={field.inputType ?? "text"}
          autoComplete={field.autoComplete}
          width={field.width}
          inputMode={field.numeric ? "numeric" : undefined}
          spellCheck={field.inputType === "email" ? false : undefined}
          defaultValue={typeof value === "string" ? value : undefined}
        />
      );
    case "textarea":
      return <TextArea {...common} defaultValue={typeof value === "string" ? value : undefined} />;
    case "radio":
      return (
        <RadioGroup
          {...common}
          inline={field.inline}
          defaultValue={typeof value === "string" ? value : undefined}
          options={field.options.map((option) => ({
            value: option,
            label: optionLabel(option),
            hint: optionHint(option),
            reveals: option === reveals,
          }))}
        />
      );
    case "checkboxes":
      return (
        <CheckboxGroup
          {...common}
          defaultValues={Array.isArray(value) ? value.map(String) : []}
          options={field.options.map((option) => ({
            value: option,
            label: optionLabel(option),
            hint: optionHint(option),
          }))}
        />
      );
    case "select":
      return (
        <SelectField
          {...common}
          placeholder={choices("choose")}
          defaultValue={typeof value === "string" ? value : ""}
          options={field.options.map((option) => ({ value: option, label: optionLabel(option) }))}
        />
      );
    case "date":
      // Only a date in the past (a date of birth) is one the browser may fill in as a birthday.
      return (
        <DateField
          {...common}
          defaultValue={(value ?? {}) as DateParts}
          autoCompletePrefix={field.range === "future" ? undefined : "bday"}
        />
      );
    case "checkbox":
      return (
        <Checkbox
          name={field.name}
          label={label}
          hint={hint}
          error={errors[field.name]}
          defaultChecked={value === "yes"}
        />
      );
    case "address":
      return (
        <AddressFields
          name={field.name}
          legend={label}
          hint={hint}
          value={(value ?? {}) as Record<string, string>}
          errors={errors}
        />
      );
  }
}

export function AddressFields({
  name,
  legend,
  hint,
  value,
  errors,
}: {
  name: string;
  legend: string;
  hint?: string;
  value: Record<string, string>;
  errors: Record<string, string>;
}) {
  const t = useTranslations("Address");
  const choices = useTranslations("Choices");
  return (
    <fieldset className="mb-6">
      <legend className="mb-3 text-xl font-bold">{legend}</legend>
      {hint ? <p className="mb-3 text-muted">{hint}</p> : null}
      {addressParts.map((part) =>
        part === "province" ? (
          <SelectField
            key={part}
            name={`${name}.${part}`}
            label={t(part)}
            error={errors[`${name}.${part}`]}
            placeholder={choices("choose")}
            defaultValue={value[part] ?? ""}
            options={provinces.map((province) => ({ value: province, label: t(`provinces.${province}`) }))}
          />
        ) : (
          <TextField
            key={part}
            name={`${name}.${part}`}
            label={t(part)}
            error={errors[`${name}.${part}`]}
            optional={part === "line2"}
            width={part === "postalCode" ? "code" : part === "city" ? "medium" : "full"}
            autoComplete="off"
            defaultValue={value[part]}
          />
        ),
      )}
    </fieldset>
  );
}
