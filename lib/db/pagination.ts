/** Staff lists are read a page at a time: the page asked for (1 when absent or malformed) and its rows. */
export const PAGE_SIZE = 20;

export type Paged<T> = { rows: T[]; page: number; pages: number; total: number };

/** Pages of a list of `total` rows (at least one, so "page 1 of 1" reads right when empty). */
export function pageCount(total: number, pageSize: number = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export function pageOf(page: number, pageSize: number = PAGE_SIZE) {
  const current = Number.isInteger(page) && page > 0 ? Math.min(page, 10_000) : 1;
  return { current, skip: (current - 1) * pageSize };
}

export function pagedResult<T>(rows: T[], page: number, total: number, pageSize: number = PAGE_SIZE): Paged<T> {
  return { rows, page, pages: pageCount(total, pageSize), total };
}

/**
 * One page of a list: its rows (`skip` and `take` given) and the count of all of them, read
 * together. The page asked for is read as `pageOf` does.
 */
export async function readPage<T>(
  page: number,
  read: { rows: (window: { skip: number; take: number }) => Promise<T[]>; count: () => Promise<number> },
  pageSize: number = PAGE_SIZE,
): Promise<Paged<T>> {
  const { current, skip } = pageOf(page, pageSize);
  const [rows, total] = await Promise.all([read.rows({ skip, take: pageSize }), read.count()]);
  return pagedResult(rows, current, total, pageSize);
}
