import { cx } from "@/components/cx";

const tones: Record<string, string> = {
  active: "bg-success-bg text-success border-success",
  expired: "bg-error-bg text-error border-error",
  suspended: "bg-warning-bg text-ink border-warning",
  surrendered: "bg-surface text-muted border-line",
  cancelled: "bg-surface text-muted border-line",
};

/** A licence's status as a text tag (the colour only repeats the word). */
export function LicenceStatusTag({ status, label }: { status: string; label: string }) {
  return <strong className={cx("inline-block rounded border px-2 py-0.5 text-sm font-semibold", tones[status] ?? tones.cancelled)}>{label}</strong>;
}
