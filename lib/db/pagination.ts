/** Staff lists are read a page at a time: the page asked for (1 when absent or malformed) and its rows. */
export const PAGE_SIZE = 20;

export type Paged<T> = { rows: T[]; page: number; pages: number; total: number };

export function pageOf(page: number) {
  const current = Number.isInteger(page) && page > 0 ? Math.min(page, 10_000) : 1;
  return { current, skip: (current - 1) * PAGE_SIZE };
}

export function pagedResult<T>(rows: T[], page: number, total: number): Paged<T> {
  return { rows, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), total };
}
