import type { ReactNode } from "react";
import { cx } from "./cx";

type Tone = "info" | "success" | "warning" | "error";

const tones: Record<Tone, string> = {
  info: "border-info bg-info-bg",
  success: "border-success bg-success-bg",
  warning: "border-warning bg-warning-bg",
  error: "border-error bg-error-bg",
};

/**
 * A notice about the page or the service. Success banners are announced (role="alert" is reserved
 * for the error summary); other tones are plain regions with a heading.
 */
export function NotificationBanner({
  tone = "info",
  title,
  headingLevel = 2,
  children,
  className,
}: {
  tone?: Tone;
  title: ReactNode;
  headingLevel?: 2 | 3;
  children?: ReactNode;
  className?: string;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section
      className={cx("mb-8 border-l-8 px-5 py-4", tones[tone], className)}
      role={tone === "success" ? "status" : undefined}
      aria-label={typeof title === "string" ? title : undefined}
    >
      <Heading className="text-lg sm:text-xl">{title}</Heading>
      {children ? <div className="mt-2 max-w-prose [&_p+p]:mt-2">{children}</div> : null}
    </section>
  );
}
