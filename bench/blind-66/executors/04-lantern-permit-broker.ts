// expect: none
// Each stored deferred is settled exactly once: by its reply, its timeout (timer cleared on reply), or close(), and every path deletes it from the map first.
import { EventEmitter } from 'node:events';

export interface PermitRequest {
  organizer: string;
  riverSection: string;
  lanternCount: number;
  launchWindow: { start: string; end: string };
}

export interface PermitDecision {
  permitNumber: string;
  approved: boolean;
  conditions: string[];
}

interface PendingRequest {
  deferred: PromiseWithResolvers<PermitDecision>;
  timer: ReturnType<typeof setTimeout>;
}

type CouncilFrame =
  | { type: 'decision'; correlationId: string; decision: PermitDecision }
  | { type: 'rejected'; correlationId: string; reason: string };

declare const councilSocket: EventEmitter & {
  send(frame: { correlationId: string; body: PermitRequest }): void;
};

export class PermitBroker {
  private readonly pending = new Map<string, PendingRequest>();
  private sequence = 0;
  private closed = false;

  constructor(private readonly replyTimeoutMs = 15_000) {
    councilSocket.on('frame', (frame: CouncilFrame) => this.onFrame(frame));
    councilSocket.on('close', () => this.close(new Error('council connection closed')));
  }

  submit(request: PermitRequest): Promise<PermitDecision> {
    if (this.closed) {
      return Promise.reject(new Error('permit broker is closed'));
    }
    const correlationId = `lp-${Date.now().toString(36)}-${++this.sequence}`;
    const deferred = Promise.withResolvers<PermitDecision>();
    const timer = setTimeout(() => {
      if (this.pending.delete(correlationId)) {
        deferred.reject(new Error(`no council reply for ${request.riverSection} within ${this.replyTimeoutMs}ms`));
      }
    }, this.replyTimeoutMs);

    this.pending.set(correlationId, { deferred, timer });
    try {
      councilSocket.send({ correlationId, body: request });
    } catch (err) {
      this.pending.delete(correlationId);
      clearTimeout(timer);
      deferred.reject(err);
    }
    return deferred.promise;
  }

  private onFrame(frame: CouncilFrame): void {
    const entry = this.pending.get(frame.correlationId);
    if (!entry) return;
    this.pending.delete(frame.correlationId);
    clearTimeout(entry.timer);

    if (frame.type === 'decision') {
      entry.deferred.resolve(frame.decision);
    } else {
      entry.deferred.reject(new Error(`council refused request: ${frame.reason}`));
    }
  }

  close(reason: Error = new Error('permit broker closed')): void {
    if (this.closed) return;
    this.closed = true;
    for (const [correlationId, entry] of this.pending) {
      this.pending.delete(correlationId);
      clearTimeout(entry.timer);
      entry.deferred.reject(reason);
    }
  }

  get inFlight(): number {
    return this.pending.size;
  }
}

export async function requestFestivalPermits(
  broker: PermitBroker,
  requests: readonly PermitRequest[],
): Promise<PermitDecision[]> {
  const decisions: PermitDecision[] = [];
  for (const request of requests) {
    if (request.lanternCount > 5000) {
      throw new RangeError(`${request.organizer}: lantern count exceeds river capacity`);
    }
    decisions.push(await broker.submit(request));
  }
  return decisions;
}
