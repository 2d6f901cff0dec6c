type CachedValue = { kind?: string; html?: unknown; headers?: Record<string, unknown> } | null | undefined;
export function withPagePolicy<Value extends CachedValue>(value: Value): Value;
export function revalidationsSince(
  file: string,
  from: number,
): { lines: Array<{ pid: number; tags: string[]; durations?: unknown }>; end: number };
declare const PageCacheHandler: unknown;
export default PageCacheHandler;
