import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { TokenState } from "@/lib/accounts/tokens";
import { PageHeading } from "@/components/page-heading";
import { LinkProblem } from "@/components/link-problem";
import { ClientMessages } from "@/components/client-messages";

type LinkProblemStatus = Exclude<TokenState["status"], "valid">;

/**
 * The page an e-mailed password link opens (activation, reset): the form around the link's token
 * when the link is valid; otherwise what happened to it (invalid, expired, used) and the way forward.
 */
export async function TokenPasswordPage({
  namespace,
  token,
  inspect,
  problemAction,
  form,
}: {
  namespace: "ActivatePage" | "ResetPasswordPage";
  token: string | string[] | undefined;
  inspect: (token: string) => Promise<{ status: TokenState["status"] }>;
  problemAction: (problem: LinkProblemStatus) => ReactNode;
  form: (token: string) => ReactNode;
}) {
  const t = await getTranslations(namespace);
  const link = typeof token === "string" ? await inspect(token) : { status: "invalid" as const };

  if (link.status !== "valid" || typeof token !== "string") {
    const problem = link.status === "valid" ? "invalid" : link.status;
    return <LinkProblem title={t(`${problem}Title`)} body={t(`${problem}Body`)} action={problemAction(problem)} />;
  }
  return (
    <div className="max-w-xl">
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <ClientMessages namespaces={[namespace, "PasswordRule"]}>{form(token)}</ClientMessages>
    </div>
  );
}
