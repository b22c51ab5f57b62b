// expect: no-multiple-settle
// onAck resolves the pending deferred but never clears its timeout, so the timer later rejects the same already-resolved deferred.
import { EventEmitter } from 'node:events';

export interface RouteRequest {
  origin: [number, number];
  destination: [number, number];
  cruiseAltitudeM: number;
  payloadKg: number;
}

export interface ClearanceAck {
  requestId: string;
  corridor: string;
  altitudeBand: [number, number];
  validUntil: number;
}

interface ClearanceDenial {
  requestId: string;
  reason: string;
}

interface PendingClearance {
  droneId: string;
  resolve: (ack: ClearanceAck) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

declare const utmLink: EventEmitter & {
  send(frame: { type: string; payload: unknown }): void;
};

export class ClearanceDeniedError extends Error {
  constructor(
    readonly droneId: string,
    readonly reason: string,
  ) {
    super(`Clearance denied for ${droneId}: ${reason}`);
    this.name = 'ClearanceDeniedError';
  }
}

export class ClearanceClient {
  private readonly pending = new Map<string, PendingClearance>();
  private seq = 0;

  constructor(
    private readonly operatorId: string,
    private readonly timeoutMs = 8_000,
  ) {
    utmLink.on('clearance.ack', (ack: ClearanceAck) => this.onAck(ack));
    utmLink.on('clearance.denied', (denial: ClearanceDenial) => this.onDenied(denial));
    utmLink.on('disconnect', () => this.failAll(new Error('UTM link lost')));
  }

  get inFlight(): number {
    return this.pending.size;
  }

  request(droneId: string, route: RouteRequest): Promise<ClearanceAck> {
    const requestId = `${this.operatorId}-${Date.now().toString(36)}-${++this.seq}`;
    const { promise, resolve, reject } = Promise.withResolvers<ClearanceAck>();

    const timer = setTimeout(() => {
      this.pending.delete(requestId);
      reject(new Error(`Clearance ${requestId} for ${droneId} timed out after ${this.timeoutMs}ms`));
    }, this.timeoutMs);

    this.pending.set(requestId, { droneId, resolve, reject, timer });
    utmLink.send({
      type: 'clearance.request',
      payload: { requestId, operatorId: this.operatorId, droneId, ...route },
    });
    return promise;
  }

  private onAck(ack: ClearanceAck): void {
    const entry = this.pending.get(ack.requestId);
    if (!entry) {
      return;
    }
    this.pending.delete(ack.requestId);
    if (ack.validUntil <= Date.now()) {
      clearTimeout(entry.timer);
      entry.reject(new Error(`Clearance ${ack.requestId} arrived already expired`));
      return;
    }
    entry.resolve(ack);
  }

  private onDenied(denial: ClearanceDenial): void {
    const entry = this.pending.get(denial.requestId);
    if (!entry) {
      return;
    }
    clearTimeout(entry.timer);
    this.pending.delete(denial.requestId);
    entry.reject(new ClearanceDeniedError(entry.droneId, denial.reason));
  }

  private failAll(err: Error): void {
    for (const entry of this.pending.values()) {
      clearTimeout(entry.timer);
      entry.reject(err);
    }
    this.pending.clear();
  }
}
