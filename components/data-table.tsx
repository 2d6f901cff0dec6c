import type { ReactNode } from "react";
import { cx } from "@/components/cx";

type DataTableProps = {
  caption: ReactNode;
  headers: ReactNode[];
  rows: ReactNode[][];
  /** The column that names each row (a reference, a subject): a row header, read before every other cell. */
  rowHeader?: number;
  /** A caption for screen readers only, where the page already says what the table holds. */
  hiddenCaption?: boolean;
  /**
   * A wide table scrolls sideways on a phone rather than squeezing its columns; its box is then a
   * named region a keyboard can focus to scroll it. `minWidth` is a Tailwind class ("min-w-[44rem]").
   */
  scrollable?: { label: string; minWidth: string };
};

/** A plain, accessible table (staff queues, licence areas, My applications): a caption, column headers, one row per record. */
export function DataTable({ caption, headers, rows, rowHeader, hiddenCaption = false, scrollable }: DataTableProps) {
  const region = scrollable ? { role: "region", "aria-label": scrollable.label, tabIndex: 0 } : {};
  return (
    // relative: screen-reader-only text (absolutely positioned) stays inside the scrolling box.
    <div className="relative mb-8 overflow-x-auto" {...region}>
      <table className={cx("w-full border-collapse text-left", scrollable?.minWidth)}>
        <caption className={hiddenCaption ? "sr-only" : "mb-3 text-left font-heading text-xl font-bold"}>
          {caption}
        </caption>
        <thead>
          <tr className="border-b-2 border-ink">
            {headers.map((header, index) => (
              <th key={index} scope="col" className="px-2 py-2 font-semibold">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, rowIndex) => (
            <tr key={rowIndex} className="border-b border-line align-top">
              {cells.map((cell, cellIndex) =>
                cellIndex === rowHeader ? (
                  <th key={cellIndex} scope="row" className="break-words px-2 py-2 font-normal">
                    {cell}
                  </th>
                ) : (
                  <td key={cellIndex} className="break-words px-2 py-2">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
