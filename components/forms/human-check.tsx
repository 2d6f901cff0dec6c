"use client";

import { createElement, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { Challenge } from "altcha-lib";
import { FieldError } from "@/components/field";

type Strings = Record<"label" | "verifying" | "verified" | "error" | "expired" | "required", string>;

type AltchaGlobal = { i18n: { set: (language: string, strings: Record<string, string>) => void } };

/**
 * "I'm not a robot": the ALTCHA widget solves a proof of work in the background — no puzzle, and it
 * works with a screen reader and a keyboard. Without JavaScript, a one-line question takes its
 * place (inside <noscript>, so it is only there when the widget cannot be).
 */
export function HumanCheck({
  locale,
  challenge,
  question,
  error,
}: {
  locale: string;
  challenge: Challenge;
  question: { a: number; b: number; token: string };
  error?: string;
}) {
  const t = useTranslations("HumanCheck");
  const [ready, setReady] = useState(false);
  const strings: Strings = {
    label: t("label"),
    verifying: t("verifying"),
    verified: t("verified"),
    error: t("error"),
    expired: t("expired"),
    required: t("required"),
  };
  const stringsRef = useRef(strings);

  useEffect(() => {
    let cancelled = false;
    import("altcha").then(() => {
      const altcha = (globalThis as typeof globalThis & { $altcha?: AltchaGlobal }).$altcha;
      const { required, ...labels } = stringsRef.current;
      altcha?.i18n.set(locale, { ...labels, verificationRequired: required, ariaLinkLabel: "ALTCHA", footer: "" });
      if (!cancelled) setReady(true);
    });
    return () => {
      cancelled = true;
    };
  }, [locale]);

  return (
    <div id="humanCheck" tabIndex={-1} className="mb-6">
      <FieldError id="humanCheck" message={error} />
      {ready
        ? createElement("altcha-widget", {
            challenge: JSON.stringify(challenge),
            name: "altcha",
            language: locale,
            hidefooter: "true",
            hidelogo: "true",
            style: { "--altcha-max-width": "100%" },
          })
        : null}
      <noscript>
        <label htmlFor="humanCheckAnswer" className="mb-1 block font-semibold">
          {t("fallbackLabel", { a: question.a, b: question.b })}
        </label>
        <p id="humanCheckAnswer-hint" className="mb-2 text-muted">
          {t("fallbackHint")}
        </p>
        <input
          id="humanCheckAnswer"
          name="humanCheckAnswer"
          inputMode="numeric"
          autoComplete="off"
          aria-describedby="humanCheckAnswer-hint"
          className="block w-24 border-2 border-ink px-3 py-2"
        />
        <input type="hidden" name="humanCheckToken" value={question.token} />
      </noscript>
    </div>
  );
}
