// expect: none
// Each stored deferred is settled by exactly one of decision, timeout or dispose; every path deletes the map entry and clears its timer first, so nothing is settled twice, no timer outlives its request, and shutdown rejects all waiters.
import { EventEmitter } from 'node:events';

export type Decision = { approved: true; by: string } | { approved: false; by: string; reason: string };

interface PendingApproval {
  resolve: (d: Decision) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
  promise: Promise<Decision>;
}

declare const chat: {
  postApprovalRequest(channel: string, text: string, actionId: string): Promise<{ ts: string }>;
};

export class ApprovalTimeoutError extends Error {}

export class DeployApprovalBroker extends EventEmitter {
  private readonly pending = new Map<string, PendingApproval>();
  private disposed = false;

  constructor(
    private readonly channel: string,
    private readonly timeoutMs = 15 * 60_000,
  ) {
    super();
  }

  requestApproval(changeId: string, summary: string): Promise<Decision> {
    if (this.disposed) return Promise.reject(new Error('approval broker is shut down'));
    const existing = this.pending.get(changeId);
    if (existing) return existing.promise;

    let resolve!: (d: Decision) => void;
    let reject!: (e: Error) => void;
    const promise = new Promise<Decision>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const timer = setTimeout(() => {
      this.pending.delete(changeId);
      reject(new ApprovalTimeoutError(`no decision on ${changeId} within ${this.timeoutMs / 60_000} min`));
    }, this.timeoutMs);
    this.pending.set(changeId, { resolve, reject, timer, promise });

    chat.postApprovalRequest(this.channel, `Deploy ${changeId}?\n${summary}`, `approve:${changeId}`).catch((err: unknown) => {
      this.settle(changeId, (entry) => entry.reject(new Error(`could not post approval request: ${String(err)}`)));
    });
    return promise;
  }

  /** Called from the chat webhook handler when someone clicks Approve/Reject. */
  handleDecision(changeId: string, decision: Decision): boolean {
    const handled = this.settle(changeId, (entry) => entry.resolve(decision));
    if (handled) this.emit('decision', changeId, decision);
    return handled;
  }

  dispose(): void {
    this.disposed = true;
    for (const changeId of [...this.pending.keys()]) {
      this.settle(changeId, (entry) => entry.reject(new Error(`approval for ${changeId} cancelled: shutting down`)));
    }
  }

  private settle(changeId: string, fn: (entry: PendingApproval) => void): boolean {
    const entry = this.pending.get(changeId);
    if (!entry) return false;
    this.pending.delete(changeId);
    clearTimeout(entry.timer);
    fn(entry);
    return true;
  }
}
