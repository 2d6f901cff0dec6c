import type { ReactNode } from "react";

/** A plain, accessible table (staff queues, licence areas, My applications): a caption, column headers, one row per record. */
export function DataTable({ caption, headers, rows }: { caption: ReactNode; headers: ReactNode[]; rows: ReactNode[][] }) {
  return (
    // relative: screen-reader-only text (absolutely positioned) stays inside the scrolling box.
    <div className="relative mb-8 overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-3 text-left font-heading text-xl font-bold">{caption}</caption>
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
              {cells.map((cell, cellIndex) => (
                <td key={cellIndex} className="break-words px-2 py-2">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
