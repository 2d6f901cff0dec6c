import type { ReactNode } from "react";
import { PageHeading } from "./page-heading";

/** The page shown for an invalid, expired or used e-mail link: what happened and the way forward. */
export function LinkProblem({ title, body, action }: { title: string; body: string; action: ReactNode }) {
  return (
    <div className="max-w-2xl">
      <PageHeading>{title}</PageHeading>
      <p className="mb-6">{body}</p>
      {action}
    </div>
  );
}
