"use client";

import { useState, type InputHTMLAttributes } from "react";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/field";
import { checkPasswordRule } from "@/lib/accounts/password-rule";

/**
 * A new-password field with the rule beside it. With JavaScript the hint says, as the user types,
 * whether the rule is met (announced politely, not on every keystroke's error).
 */
export function NewPasswordField({
  name,
  label,
  error,
  ...input
}: { name: string; label: string; error?: string } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "name" | "id" | "width"
>) {
  const t = useTranslations("PasswordRule");
  const [value, setValue] = useState("");
  const meets = value.length > 0 && checkPasswordRule(value) === null;
  return (
    <TextField
      name={name}
      label={label}
      type="password"
      autoComplete="new-password"
      error={error}
      hint={
        <>
          {t("hint")}
          {value.length > 0 ? (
            <span aria-live="polite" className={meets ? "mt-1 block font-semibold text-success" : "mt-1 block"}>
              {meets ? t("met") : t("notMet")}
            </span>
          ) : null}
        </>
      }
      {...input}
      onChange={(event) => {
        setValue(event.target.value);
        input.onChange?.(event);
      }}
    />
  );
}
