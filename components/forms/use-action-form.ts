"use client";

import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { useForm, type FieldValues, type Resolver } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { ZodType } from "zod";
import { fieldErrorsFrom, formDataToObject, idleForm, type FormState } from "@/lib/forms/state";
import { withDynamicKeys } from "@/lib/i18n/message-keys";

type ServerAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/** Errors the browser found before sending, tied to the server answer they followed. */
type ClientCheck = { errors: Record<string, string>; afterServerAnswer: number | undefined; attempt: number };

/**
 * Where a form's schema comes from: a dynamic import, e.g.
 * `() => import("@/lib/accounts/schemas").then((module) => module.signInSchema)`. zod is most of a
 * form's JavaScript, and the form works without it (the server checks everything), so it loads
 * just after the page rather than with it.
 */
export type SchemaLoader = () => Promise<ZodType>;

type LoadedCheck = { schema: ZodType; resolver: Resolver<FieldValues> };

/**
 * One way to build a form: a real <form action={serverAction}> that works without JavaScript,
 * plus — when JavaScript runs — the same zod schema checking each field as the user leaves it
 * (react-hook-form) and the whole form before it is sent. Errors are message keys; this hook
 * translates them and gives the error summary what it needs.
 */
export function useActionForm(action: ServerAction, loadSchema?: SchemaLoader) {
  const [state, formAction, pending] = useActionState(action, idleForm);
  const check = useRef<{ loaded?: LoadedCheck; loading?: Promise<LoadedCheck> }>({});
  const loadCheck = () =>
    (check.current.loading ??= Promise.all([loadSchema?.(), import("@hookform/resolvers/zod")]).then(
      ([schema, { zodResolver }]) => {
        if (!schema) throw new Error("useActionForm: no schema to load");
        // Every form schema reads a plain object of strings, which is what react-hook-form holds.
        const loaded = { schema, resolver: zodResolver(schema as ZodType<FieldValues, FieldValues>) };
        check.current.loaded = loaded;
        return loaded;
      },
      (error: unknown) => {
        // Tried again on the next check (a lost connection comes back).
        check.current.loading = undefined;
        throw error;
      },
    ));
  const form = useForm<FieldValues>({
    mode: "onTouched",
    resolver: loadSchema
      ? async (values, context, options) => {
          const loaded = await loadCheck().catch(() => null);
          // Not loaded (offline): nothing to say yet; the server checks the form when it is sent.
          return loaded ? loaded.resolver(values, context, options) : { values, errors: {} };
        }
      : undefined,
  });
  // Fetched once the page has settled: ready long before the user leaves a field or presses send.
  useEffect(() => {
    if (!loadSchema) return;
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 1));
    idle(() => void loadCheck().catch(() => undefined));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loads once; the loader is fixed per form
  }, []);
  const [clientCheck, setClientCheck] = useState<ClientCheck | null>(null);
  const t = withDynamicKeys(useTranslations("Validation"));
  const tAll = withDynamicKeys(useTranslations());
  const tSummary = useTranslations("ErrorSummary");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // Not loaded yet (a very quick send): the server checks the form as it does without JavaScript.
    const schema = check.current.loaded?.schema;
    if (!schema) return;
    // With the button pressed, as the server gets it: a form's buttons may say what to do ("Publish").
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const result = schema.safeParse(formDataToObject(new FormData(event.currentTarget, submitter)));
    if (result.success) return setClientCheck(null);
    event.preventDefault();
    setClientCheck((previous) => ({
      errors: fieldErrorsFrom(result.error),
      afterServerAnswer: state.submittedAt,
      attempt: (previous?.attempt ?? 0) + 1,
    }));
  }

  // A newer answer from the server replaces what the browser found before sending.
  const current = clientCheck && clientCheck.afterServerAnswer === state.submittedAt ? clientCheck : null;
  const keys = { ...(current?.errors ?? state.fieldErrors ?? {}) };
  const { errors: liveErrors, touchedFields } = form.formState;
  for (const field of Object.keys(touchedFields)) {
    const message = liveErrors[field]?.message;
    if (typeof message === "string") keys[field] = message;
    else delete keys[field];
  }
  // Field errors are Validation keys, or "Namespace.key" for a page's own message.
  const translate = (key: string) => (t.has(key) ? t(key) : tAll.has(key) ? tAll(key) : key);
  const errors = Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, translate(key)]));
  const formError = state.formError ? tAll(state.formError, state.formErrorValues) : undefined;
  const formErrorLink = state.formErrorLink
    ? { href: state.formErrorLink.href, label: tAll(state.formErrorLink.label) }
    : undefined;
  const hasErrors = Object.keys(errors).length > 0 || Boolean(formError);
  const focusKey = `${state.submittedAt ?? 0}-${current?.attempt ?? 0}`;

  // "Error: " before the page title while errors are shown: screen-reader users hear it first.
  useEffect(() => {
    if (!hasErrors) return;
    const original = document.title;
    document.title = tSummary("titlePrefix", { title: original });
    return () => {
      document.title = original;
    };
  }, [hasErrors, focusKey, tSummary]);

  return {
    state,
    pending,
    errors,
    summary: {
      errors: Object.entries(errors).map(([field, message]) => ({ field, message })),
      formError,
      formErrorLink,
      focusKey,
    },
    /** Spread on an input to check it as the user leaves it. */
    field: (name: string) => form.register(name),
    formProps: { action: formAction, onSubmit, noValidate: true },
    /** What the user typed before the server answered, to put back in the fields. */
    value: (name: string) => state.values?.[name],
  };
}
