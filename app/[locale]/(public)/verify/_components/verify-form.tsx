"use client";

import Form from "next/form";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/error-summary";
import { TextField } from "@/components/field";
import { Button } from "@/components/button";

type Props = {
  /** The page's own path (/fr/verify): the form is a GET, so the answer has a shareable URL. */
  action: string;
  defaultNumber: string;
  error?: "numberRequired" | "numberTooLong";
};

/**
 * The licence number form. A plain GET form without JavaScript (the QR code on a certificate lands
 * on the same URL); with JavaScript, next/form fetches the answer without reloading the page.
 */
export function VerifyForm({ action, defaultNumber, error }: Props) {
  const t = useTranslations("VerifyPage");
  const message = error ? t(error) : undefined;
  return (
    <>
      <ErrorSummary errors={message ? [{ field: "number", message }] : []} focusKey={defaultNumber} />
      <Form action={action} noValidate className="mb-10">
        <TextField
          name="number"
          label={t("number")}
          hint={t("numberHint")}
          error={message}
          width="medium"
          defaultValue={defaultNumber}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
        />
        <Button>{t("submit")}</Button>
      </Form>
    </>
  );
}
