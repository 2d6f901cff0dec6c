/**
 * Works around a memory leak in React's server renderer, bundled with Next.js (react/react#37288;
 * the fix, react/react#37289, is not in Next.js 16.5.0).
 *
 * Every completed render aborts its cache signal with `new Error("This render completed
 * successfully…")`. V8 keeps an error's stack as structured frames until `.stack` is first read,
 * and each frame holds its `this`: here the timer (setImmediate) that ran the render's last step.
 * That timer still links to the next one in its batch, whose async context holds another request's
 * render, whose abort reason holds another timer… Under load every render stays reachable: a
 * server process's heap filled in about a thousand page views and the process died (found with
 * `npm run bench` and a heap snapshot, 2026-12-03).
 *
 * Reading an abort reason's stack once, when it is given, turns the frames into a string and lets
 * the render go. It costs one stack formatting per render. Remove this when the bundled React has
 * the fix: tests/unit/abort-reason-stacks.test.ts says whether it still matters.
 */
const released = Symbol.for("portal.abortReasonStacksReleased");

type PatchedAbort = AbortController["abort"] & { [released]?: true };

export function releaseAbortReasonStacks(): void {
  const original: PatchedAbort = AbortController.prototype.abort;
  if (original[released]) return;
  const abort: PatchedAbort = function abort(this: AbortController, reason?: unknown) {
    // Node's own default reason captures a stack too; make it here and release it the same way.
    const given = reason === undefined ? new DOMException("This operation was aborted", "AbortError") : reason;
    if (given instanceof Error) void given.stack;
    return original.call(this, given);
  };
  abort[released] = true;
  AbortController.prototype.abort = abort;
}
