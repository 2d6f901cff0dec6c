import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { useTranslations } from "next-intl";
import { cx } from "./cx";

/**
 * Form fields: each has a visible label (or legend), an optional hint, and its error beside it,
 * all tied to the control with aria-describedby. The control's id is its name, so the error
 * summary can link to it. Plain server-rendered HTML: they work without JavaScript.
 */
type Common = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Already-translated message. */
  error?: string;
  /** Shows "(optional)" after the label. */
  optional?: boolean;
  /** Makes the label the page's h1 (one question per page). */
  isPageHeading?: boolean;
};

const controlBase =
  "block rounded-none border-2 border-ink bg-white px-3 py-2 text-base text-ink " +
  "focus-visible:outline-offset-0 aria-[invalid=true]:border-error";

function describedBy(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

function LabelText({ label, optional }: { label: ReactNode; optional?: boolean }) {
  const t = useTranslations("Fields");
  return (
    <>
      {label}
      {optional ? <span className="font-normal"> {t("optional")}</span> : null}
    </>
  );
}

function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={`${id}-hint`} className="mb-2 text-muted">
      {children}
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  const t = useTranslations("Fields");
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="mb-2 font-bold text-error">
      <span className="sr-only">{t("errorPrefix")} </span>
      {message}
    </p>
  );
}

function Group({ error, children }: { error?: string; children: ReactNode }) {
  return <div className={cx("mb-6", error && "border-l-4 border-error pl-4")}>{children}</div>;
}

function Label({
  htmlFor,
  isPageHeading,
  children,
}: {
  htmlFor: string;
  isPageHeading?: boolean;
  children: ReactNode;
}) {
  const label = (
    <label
      htmlFor={htmlFor}
      className={cx("mb-1 block font-semibold", isPageHeading && "font-heading text-3xl font-bold sm:text-4xl")}
    >
      {children}
    </label>
  );
  return isPageHeading ? <h1 className="mb-2">{label}</h1> : label;
}

/** One control under its label, hint and error (text, text area, select). */
function LabelledControl({
  name,
  label,
  hint,
  error,
  optional,
  isPageHeading,
  children,
}: Common & { children: ReactNode }) {
  return (
    <Group error={error}>
      <Label htmlFor={name} isPageHeading={isPageHeading}>
        <LabelText label={label} optional={optional} />
      </Label>
      {hint ? <Hint id={name}>{hint}</Hint> : null}
      <FieldError id={name} message={error} />
      {children}
    </Group>
  );
}

/** A field's props: what frames the control (label, hint, error) and what goes on the control itself. */
function splitFieldProps<P extends Common>({ name, label, hint, error, optional, isPageHeading, ...control }: P) {
  return { frame: { name, label, hint, error, optional, isPageHeading }, control };
}

/** What ties a single control to its label, hint and error; its id is its name. */
function controlAttributes({ name, hint, error }: Common) {
  return {
    id: name,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(name, hint, error),
  };
}

const widths = { full: "max-w-xl", medium: "max-w-xs", short: "max-w-40", code: "max-w-[12ch]" } as const;

export function TextField({
  width = "full",
  ...props
}: Common & { width?: keyof typeof widths } & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "width">) {
  const { frame, control } = splitFieldProps(props);
  return (
    <LabelledControl {...frame}>
      <input {...controlAttributes(frame)} className={cx(controlBase, "w-full", widths[width])} {...control} />
    </LabelledControl>
  );
}

export function TextArea(props: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id">) {
  const { frame, control } = splitFieldProps(props);
  return (
    <LabelledControl {...frame}>
      <textarea {...controlAttributes(frame)} rows={5} className={cx(controlBase, "w-full max-w-2xl")} {...control} />
    </LabelledControl>
  );
}

/** `reveals`: choosing it shows the questions that follow it (CSS only, see .reveal-group in globals.css). */
export type Option = { value: string; label: ReactNode; hint?: ReactNode; reveals?: boolean };

export function SelectField({
  options,
  placeholder,
  ...props
}: Common & { options: Option[]; placeholder?: string } & Omit<
    SelectHTMLAttributes<HTMLSelectElement>,
    "name" | "id"
  >) {
  const { frame, control } = splitFieldProps(props);
  return (
    <LabelledControl {...frame}>
      <select {...controlAttributes(frame)} className={cx(controlBase, "w-full max-w-xl")} {...control}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledControl>
  );
}

/** A fieldset with a legend, for groups of controls. The first control's id is the name. */
function Fieldset({ name, label, hint, error, optional, isPageHeading, children }: Common & { children: ReactNode }) {
  const legend = <LabelText label={label} optional={optional} />;
  return (
    <Group error={error}>
      <fieldset aria-describedby={describedBy(name, hint, error)}>
        <legend className={cx("mb-1 font-semibold", isPageHeading && "font-heading text-3xl font-bold sm:text-4xl")}>
          {isPageHeading ? <h1 className="mb-2">{legend}</h1> : legend}
        </legend>
        {hint ? <Hint id={name}>{hint}</Hint> : null}
        <FieldError id={name} message={error} />
        {children}
      </fieldset>
    </Group>
  );
}

const choiceInput = "mt-0.5 size-6 shrink-0 cursor-pointer border-2 border-ink accent-brand-dark";

function Choice({
  id,
  name,
  type,
  option,
  defaultChecked,
  required,
}: {
  id: string;
  name: string;
  type: "radio" | "checkbox";
  option: Option;
  defaultChecked: boolean;
  required?: boolean;
}) {
  const hintId = option.hint ? `${id}-item-hint` : undefined;
  return (
    <div className="mb-3 flex items-start gap-3">
      <input
        id={id}
        name={name}
        type={type}
        value={option.value}
        defaultChecked={defaultChecked}
        required={required}
        aria-describedby={hintId}
        data-reveals={option.reveals ? "" : undefined}
        className={choiceInput}
      />
      <div>
        <label htmlFor={id} className="cursor-pointer">
          {option.label}
        </label>
        {option.hint ? (
          <div id={hintId} className="text-muted">
            {option.hint}
          </div>
        ) : null}
      </div>
    </div>
  );
}

/** The options of a group; the first one's id is the group's name, so the error summary can link to it. */
function Choices({
  name,
  type,
  options,
  isChecked,
  required,
}: {
  name: string;
  type: "radio" | "checkbox";
  options: Option[];
  isChecked: (value: string) => boolean;
  required?: boolean;
}) {
  return options.map((option, index) => (
    <Choice
      key={option.value}
      id={index === 0 ? name : `${name}-${index}`}
      name={name}
      type={type}
      option={option}
      defaultChecked={isChecked(option.value)}
      required={required}
    />
  ));
}

export function RadioGroup({
  options,
  defaultValue,
  required,
  inline,
  ...common
}: Common & { options: Option[]; defaultValue?: string; required?: boolean; inline?: boolean }) {
  return (
    <Fieldset {...common}>
      <div className={cx(inline && "flex flex-wrap gap-x-8")}>
        <Choices
          name={common.name}
          type="radio"
          options={options}
          isChecked={(value) => value === defaultValue}
          required={required}
        />
      </div>
    </Fieldset>
  );
}

export function CheckboxGroup({
  options,
  defaultValues = [],
  ...common
}: Common & { options: Option[]; defaultValues?: string[] }) {
  return (
    <Fieldset {...common}>
      <Choices
        name={common.name}
        type="checkbox"
        options={options}
        isChecked={(value) => defaultValues.includes(value)}
      />
    </Fieldset>
  );
}

/** One checkbox with its own error, e.g. a declaration. Sends `value` ("yes") when checked. */
export function Checkbox({
  name,
  label,
  hint,
  error,
  value = "yes",
  defaultChecked = false,
}: Omit<Common, "optional" | "isPageHeading"> & { value?: string; defaultChecked?: boolean }) {
  return (
    <Group error={error}>
      <FieldError id={name} message={error} />
      <div className="flex items-start gap-3">
        <input
          id={name}
          name={name}
          type="checkbox"
          value={value}
          defaultChecked={defaultChecked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, hint, error)}
          className={choiceInput}
        />
        <div>
          <label htmlFor={name} className="cursor-pointer">
            {label}
          </label>
          {hint ? <Hint id={name}>{hint}</Hint> : null}
        </div>
      </div>
    </Group>
  );
}

export type DateParts = { day?: string; month?: string; year?: string };

/**
 * A date as three numeric boxes (day, month, year): easier to type and to read aloud than a date
 * picker. Inputs are named `${name}.day`, `${name}.month`, `${name}.year`; see parseDateParts.
 */
export function DateField({
  defaultValue,
  autoCompletePrefix,
  ...common
}: Common & { defaultValue?: DateParts; autoCompletePrefix?: "bday" }) {
  const t = useTranslations("Fields");
  const parts = [
    { key: "day", label: t("day"), width: "w-16", autoComplete: autoCompletePrefix && "bday-day", maxLength: 2 },
    { key: "month", label: t("month"), width: "w-16", autoComplete: autoCompletePrefix && "bday-month", maxLength: 2 },
    { key: "year", label: t("year"), width: "w-24", autoComplete: autoCompletePrefix && "bday-year", maxLength: 4 },
  ] as const;
  return (
    <Fieldset {...common}>
      <div className="flex gap-4">
        {parts.map((part, index) => {
          const id = index === 0 ? common.name : `${common.name}-${part.key}`;
          return (
            <div key={part.key}>
              <label htmlFor={id} className="mb-1 block">
                {part.label}
              </label>
              <input
                id={id}
                name={`${common.name}.${part.key}`}
                inputMode="numeric"
                maxLength={part.maxLength}
                autoComplete={part.autoComplete}
                defaultValue={defaultValue?.[part.key]}
                aria-invalid={common.error ? true : undefined}
                className={cx(controlBase, part.width)}
              />
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
