/**
 * Empty on purpose. Without a file of its own here, Turbopack picks up the portal's
 * instrumentation.ts two folders up (the workspace root), which refuses to start without the
 * portal's configuration.
 */
export function register(): void {}
