// expect: no-multiple-settle
// Bug: the ack timeout is never cleared when the ack arrives, so an acknowledged tow request is later rejected and escalated again.
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';

export interface TowRequest {
  vesselId: string;
  berth: string;
  tugsRequired: number;
  priority: 'routine' | 'urgent';
}

export interface TowAck {
  requestId: string;
  tugIds: string[];
  etaMinutes: number;
}

interface RadioFrame {
  kind: string;
  requestId: string;
  tugIds?: string[];
  eta?: number;
}

declare const vhfGateway: {
  transmit(channel: number, payload: Record<string, unknown>): void;
};

declare const dispatchLog: {
  info(message: string, meta?: Record<string, unknown>): void;
  warn(message: string, meta?: Record<string, unknown>): void;
};

const DISPATCH_CHANNEL = 14;
const URGENT_CHANNEL = 16;

export class TugDispatcher extends EventEmitter {
  private readonly inFlight = new Map<string, TowRequest>();

  constructor(private readonly ackTimeoutMs = 45_000) {
    super();
  }

  get pendingCount(): number {
    return this.inFlight.size;
  }

  handleRadioFrame(frame: RadioFrame): void {
    if (frame.kind !== 'TOW_ACK') return;
    if (!this.inFlight.has(frame.requestId)) {
      dispatchLog.warn('ack for unknown tow request', { requestId: frame.requestId });
      return;
    }
    const ack: TowAck = {
      requestId: frame.requestId,
      tugIds: frame.tugIds ?? [],
      etaMinutes: frame.eta ?? 0,
    };
    this.emit(`ack:${frame.requestId}`, ack);
  }

  requestTow(request: TowRequest): Promise<TowAck> {
    const requestId = randomUUID();
    this.inFlight.set(requestId, request);

    return new Promise<TowAck>((resolve, reject) => {
      setTimeout(() => {
        this.inFlight.delete(requestId);
        this.removeAllListeners(`ack:${requestId}`);
        dispatchLog.warn('tow request unacknowledged', { requestId, vesselId: request.vesselId });
        this.emit('escalate', { requestId, request });
        reject(new Error(`no tug acknowledged ${request.vesselId} within ${this.ackTimeoutMs}ms`));
      }, this.ackTimeoutMs);

      this.once(`ack:${requestId}`, (ack: TowAck) => {
        this.inFlight.delete(requestId);
        if (ack.tugIds.length < request.tugsRequired) {
          reject(new Error(`only ${ack.tugIds.length}/${request.tugsRequired} tugs available for ${request.vesselId}`));
          return;
        }
        dispatchLog.info('tow acknowledged', { requestId, tugs: ack.tugIds, eta: ack.etaMinutes });
        resolve(ack);
      });

      vhfGateway.transmit(request.priority === 'urgent' ? URGENT_CHANNEL : DISPATCH_CHANNEL, {
        type: 'TOW_REQUEST',
        requestId,
        vessel: request.vesselId,
        berth: request.berth,
        tugs: request.tugsRequired,
      });
    });
  }
}

export async function dispatchArrivals(
  dispatcher: TugDispatcher,
  arrivals: TowRequest[],
): Promise<Map<string, TowAck>> {
  const ordered = [...arrivals].sort((a, b) =>
    a.priority === b.priority ? 0 : a.priority === 'urgent' ? -1 : 1,
  );
  const acks = await Promise.all(ordered.map((request) => dispatcher.requestTow(request)));
  const byVessel = new Map<string, TowAck>();
  ordered.forEach((request, i) => byVessel.set(request.vesselId, acks[i]));
  return byVessel;
}
