import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { releaseAbortReasonStacks } from "@/lib/http/abort-reason-stacks";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/** What React's renderer does at the end of a render: abort a signal with an Error made inside a method of a large object. */
function abortFromInsideALargeObject(controller: AbortController, abort: AbortController["abort"]) {
  const render = {
    rows: Array.from({ length: 10_000 }, (_, index) => ({ index })),
    finish() {
      abort.call(controller, new Error("This render completed successfully."));
    },
  };
  render.finish();
  return new WeakRef(render);
}

/** Whether the large object is still alive once nothing but the aborted signal could hold it. */
async function survivesCollection(abort: AbortController["abort"]) {
  const controller = new AbortController();
  const render = abortFromInsideALargeObject(controller, abort);
  // A WeakRef keeps its target for the rest of the job that made it.
  await new Promise((resolve) => setImmediate(resolve));
  collectGarbage();
  return { alive: render.deref() !== undefined, controller };
}

describe("releaseAbortReasonStacks", () => {
  const unpatched = AbortController.prototype.abort;
  releaseAbortReasonStacks();
  const patched = AbortController.prototype.abort;

  it("lets go of what an abort reason's stack frames held", async () => {
    const { alive, controller } = await survivesCollection(patched);
    expect(controller.signal.aborted).toBe(true);
    expect(alive).toBe(false);
  });

  it("is still needed: without it, V8 keeps the frames' receivers alive through the reason", async () => {
    // If this starts failing, Node no longer keeps them and the workaround can go.
    const { alive } = await survivesCollection(unpatched);
    expect(alive).toBe(true);
  });

  it("keeps the reason given, its stack readable, and Node's default reason", () => {
    const withReason = new AbortController();
    const reason = new Error("why");
    withReason.abort(reason);
    expect(withReason.signal.reason).toBe(reason);
    expect(reason.stack).toContain("why");

    const withoutReason = new AbortController();
    withoutReason.abort();
    expect(withoutReason.signal.reason).toBeInstanceOf(DOMException);
    expect((withoutReason.signal.reason as DOMException).name).toBe("AbortError");

    const withValue = new AbortController();
    withValue.abort("a string");
    expect(withValue.signal.reason).toBe("a string");
  });

  it("patches once, however often it is called", () => {
    releaseAbortReasonStacks();
    expect(AbortController.prototype.abort).toBe(patched);
  });
});
