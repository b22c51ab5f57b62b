// expect: none
// The registration promise is awaited at the top of a `for (;;)` loop body, which always executes, so it is consumed before anything else can happen.
import { setTimeout as sleep } from "node:timers/promises";
import { EventEmitter } from "node:events";

declare const registry: {
  register(node: string): Promise<{ leaseId: string; ttlMs: number }>;
  renew(leaseId: string): Promise<boolean>;
};

export const heartbeatEvents = new EventEmitter();

export async function keepAlive(node: string, signal: AbortSignal): Promise<void> {
  const registration = registry.register(node);
  let renewals = 0;

  for (;;) {
    const { leaseId, ttlMs } = await registration;
    if (signal.aborted) {
      return;
    }
    await sleep(ttlMs / 2, undefined, { signal }).catch(() => undefined);
    if (signal.aborted) {
      return;
    }
    const alive = await registry.renew(leaseId);
    heartbeatEvents.emit("renewed", { node, renewals: ++renewals, alive });
    if (!alive) {
      throw new Error(`lease ${leaseId} for ${node} was lost`);
    }
  }
}
