import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { cx } from "./cx";

export type TaskStatus = "notStarted" | "inProgress" | "completed" | "cannotStart";

export type Task = { id: string; label: ReactNode; href?: string; hint?: ReactNode; status: TaskStatus };

const statusStyles: Record<TaskStatus, string> = {
  notStarted: "bg-info-bg text-brand-darker",
  inProgress: "bg-warning-bg text-ink",
  completed: "bg-white text-ink",
  cannotStart: "bg-surface text-muted",
};

/**
 * The hub of a multi-step application: each task's name links to it (unless it cannot start yet)
 * and its status is text, tied to the link by aria-describedby.
 */
export function TaskList({ tasks, statusLabels }: { tasks: Task[]; statusLabels: Record<TaskStatus, string> }) {
  return (
    <ul className="mb-8 border-t border-line">
      {tasks.map((task) => {
        const statusId = `task-${task.id}-status`;
        const href = task.status === "cannotStart" ? undefined : task.href;
        return (
          <li key={task.id} className="flex flex-wrap items-center justify-between gap-2 border-b border-line py-3">
            <div>
              {href ? (
                <Link href={href} aria-describedby={statusId} className="font-semibold">
                  {task.label}
                </Link>
              ) : (
                <span className="font-semibold text-muted">{task.label}</span>
              )}
              {task.hint ? <p className="text-sm text-muted">{task.hint}</p> : null}
            </div>
            <strong
              id={statusId}
              className={cx("rounded px-2 py-0.5 text-sm font-semibold", statusStyles[task.status])}
            >
              {statusLabels[task.status]}
            </strong>
          </li>
        );
      })}
    </ul>
  );
}
