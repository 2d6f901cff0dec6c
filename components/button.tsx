import type { ButtonHTMLAttributes, ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { cx } from "./cx";

type Variant = "primary" | "secondary" | "tertiary" | "danger";

const base =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded px-5 py-2 text-base font-semibold no-underline " +
  "transition-colors disabled:cursor-not-allowed disabled:opacity-60";

const variants: Record<Variant, string> = {
  primary: "bg-brand text-white hover:bg-brand-dark active:bg-brand-darker visited:text-white hover:text-white",
  secondary: "border-2 border-brand bg-white text-brand hover:bg-info-bg hover:text-brand-dark visited:text-brand",
  tertiary: "text-brand underline underline-offset-2 hover:text-brand-dark visited:text-brand px-1",
  danger: "bg-error text-white hover:bg-[#a30000] visited:text-white hover:text-white",
};

export function buttonClasses(variant: Variant = "primary", className?: string): string {
  return cx(base, variants[variant], className);
}

/** A real <button>; `type` defaults to "submit" because buttons live in forms that work without JavaScript. */
export function Button({
  variant = "primary",
  className,
  type = "submit",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button type={type} className={buttonClasses(variant, className)} {...props} />;
}

/** A link that looks like a button, for navigation ("Start now", "Create an account"). */
export function ButtonLink({
  href,
  variant = "primary",
  className,
  children,
}: {
  href: string;
  variant?: Variant;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Link href={href} className={buttonClasses(variant, className)}>
      {children}
    </Link>
  );
}

/** Groups a form's buttons: primary first, wrapping on phones. */
export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="mt-8 flex flex-wrap items-center gap-4">{children}</div>;
}
