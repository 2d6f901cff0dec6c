"use client";

import { useTranslations } from "next-intl";
import type { RequestableKind } from "@/lib/licences/change-proposals";
import { useActionForm } from "@/components/forms/use-action-form";
import { AddressFields } from "@/components/applications/section-fields";
import { ErrorSummary } from "@/components/error-summary";
import { FieldError, TextArea, TextField } from "@/components/field";
import { Button } from "@/components/button";
import type { FormState } from "@/lib/forms/state";

type Current = { address: string | null; operatingName: string | null; email: string | null; phone: string | null };
type Area = { id: string; name: string; capacity: number };

/**
 * One kind's questions, the explanation and the documents. A real form posting to the server
 * action (it works without JavaScript); with JavaScript, the same schema checks it first. What was
 * typed comes back on error; chosen files cannot be put back by a page, so the form says to choose them again.
 */
export function ChangeRequestForm({
  action,
  kind,
  current,
  areas,
  limits,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  kind: RequestableKind;
  current: Current;
  areas: Area[];
  limits: { size: number; count: number };
}) {
  const t = useTranslations("ChangeRequestPage");
  const { summary, errors, formProps, value, pending, state } = useActionForm(action, () =>
    import("@/lib/licences/change-proposals").then((module) => module.changeFormSchema(kind)),
  );
  const none = t("noneOnFile");
  return (
    <>
      <ErrorSummary {...summary} />
      <form {...formProps}>
        {kind === "address" ? (
          <>
            <p className="mb-6">
              <span className="block font-semibold">{t("currentAddress")}</span>
              {current.address ?? none}
            </p>
            <AddressFields
              name="address"
              legend={t("newAddress")}
              value={{
                line1: value("address.line1") ?? "",
                line2: value("address.line2") ?? "",
                city: value("address.city") ?? "",
                province: value("address.province") ?? "",
                postalCode: value("address.postalCode") ?? "",
              }}
              errors={errors}
            />
          </>
        ) : null}
        {kind === "operating_name" ? (
          <TextField
            name="operatingName"
            label={t("operatingName")}
            hint={t("operatingNameHint", { current: current.operatingName ?? none })}
            autoComplete="organization"
            defaultValue={value("operatingName")}
            error={errors.operatingName}
          />
        ) : null}
        {kind === "contact" ? (
          <>
            <TextField
              name="email"
              type="email"
              label={t("email")}
              hint={t("contactHint", { current: current.email ?? none })}
              autoComplete="email"
              spellCheck={false}
              defaultValue={value("email") ?? current.email ?? ""}
              error={errors.email}
            />
            <TextField
              name="phone"
              type="tel"
              label={t("phone")}
              hint={t("contactHint", { current: current.phone ?? none })}
              autoComplete="tel"
              width="medium"
              defaultValue={value("phone") ?? current.phone ?? ""}
              error={errors.phone}
            />
          </>
        ) : null}
        {kind === "capacity" ? (
          <fieldset
            className={errors.capacity ? "mb-6 border-l-4 border-error pl-4" : "mb-6"}
            aria-describedby={`capacity-hint${errors.capacity ? " capacity-error" : ""}`}
          >
            <legend className="mb-1 text-xl font-bold">{t("capacityLegend")}</legend>
            <p id="capacity-hint" className="mb-3 text-muted">
              {t("capacityHint")}
            </p>
            {/* The summary's link lands on the first box. */}
            <span id="capacity" tabIndex={-1} />
            <FieldError id="capacity" message={errors.capacity} />
            {areas.map((area) => (
              <TextField
                key={area.id}
                name={`capacity-${area.id}`}
                label={area.name}
                hint={t("capacityNow", { capacity: area.capacity })}
                inputMode="numeric"
                width="short"
                autoComplete="off"
                defaultValue={value(`capacity-${area.id}`)}
                error={errors[`capacity-${area.id}`]}
              />
            ))}
          </fieldset>
        ) : null}
        <TextArea
          name="description"
          label={t("description")}
          hint={t(`descriptionHints.${kind}`)}
          rows={6}
          defaultValue={value("description")}
          error={errors.description}
        />
        <div className={errors.attachments ? "mb-6 border-l-4 border-error pl-4" : "mb-6"}>
          <label htmlFor="attachments" className="mb-1 block font-semibold">
            {t("attachments")} <span className="font-normal">{t("optional")}</span>
          </label>
          <p id="attachments-hint" className="mb-2 text-muted">
            {t(`attachmentsHints.${kind}`)} {t("attachmentsLimits", limits)}
            {state.status === "error" ? <strong className="block">{t("attachmentsAgain")}</strong> : null}
          </p>
          <FieldError id="attachments" message={errors.attachments} />
          <input
            id="attachments"
            name="attachments"
            type="file"
            multiple
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            aria-describedby={`attachments-hint${errors.attachments ? " attachments-error" : ""}`}
            aria-invalid={errors.attachments ? true : undefined}
            className="block w-full max-w-xl border-2 border-ink bg-white p-2 file:mr-4 file:min-h-8 file:cursor-pointer file:border-0 file:bg-surface file:px-3 file:font-semibold"
          />
        </div>
        <Button disabled={pending}>{t("submit")}</Button>
      </form>
    </>
  );
}
