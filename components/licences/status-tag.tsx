import { cx } from "@/components/cx";

const tones: Record<string, string> = {
  // Text darker than the border: the tag's words must reach 4.5:1 on its pale background.
  active: "bg-success-bg text-[#0b5c2f] border-success",
  expired: "bg-error-bg text-[#a30000] border-error",
  suspended: "bg-warning-bg text-ink border-warning",
  surrendered: "bg-surface text-muted border-line",
  cancelled: "bg-surface text-muted border-line",
};

/** A licence's status as a text tag (the colour only repeats the word). */
export function LicenceStatusTag({ status, label }: { status: string; label: string }) {
  return (
    <strong
      className={cx("inline-block rounded border px-2 py-0.5 text-sm font-semibold", tones[status] ?? tones.cancelled)}
    >
      {label}
    </strong>
  );
}
