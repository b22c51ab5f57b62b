// expect: none
// Each pending deferred is removed from the map before it is settled, so the reply, timeout and link-failure paths can each settle it at most once and every request has a timeout.
import type { Socket } from 'node:net';
import { createInterface, type Interface } from 'node:readline';

export interface SeatRequest {
  sailingId: string;
  passengers: number;
  vehicleClass?: 'car' | 'van' | 'motorcycle' | 'bicycle';
}

export interface Confirmation {
  bookingRef: string;
  deck: string;
  fareCents: number;
}

type ReplyMessage =
  | { id: string; ok: true; confirmation: Confirmation }
  | { id: string; ok: false; error: string };

interface Pending {
  deferred: PromiseWithResolvers<Confirmation>;
  timer: NodeJS.Timeout;
}

export class ReservationChannel {
  private readonly pending = new Map<string, Pending>();
  private readonly lines: Interface;
  private seq = 0;
  private closed = false;

  constructor(private readonly socket: Socket) {
    this.lines = createInterface({ input: socket, crlfDelay: Infinity });
    this.lines.on('line', (line) => this.onLine(line));
    socket.on('error', (err) => this.failAll(err));
    socket.on('close', () => this.failAll(new Error('ferry booking link closed')));
  }

  reserve(request: SeatRequest, timeoutMs = 8000): Promise<Confirmation> {
    if (this.closed) {
      return Promise.reject(new Error('ferry booking link closed'));
    }
    const id = `${Date.now().toString(36)}-${this.seq++}`;
    const deferred = Promise.withResolvers<Confirmation>();
    const timer = setTimeout(() => {
      if (this.pending.delete(id)) {
        deferred.reject(new Error(`reservation ${id} for sailing ${request.sailingId} timed out`));
      }
    }, timeoutMs);

    this.pending.set(id, { deferred, timer });
    this.socket.write(JSON.stringify({ id, op: 'reserve', ...request }) + '\n');
    return deferred.promise;
  }

  get inFlight(): number {
    return this.pending.size;
  }

  private onLine(line: string): void {
    let message: ReplyMessage;
    try {
      message = JSON.parse(line) as ReplyMessage;
    } catch {
      return; // the booking host interleaves heartbeat garbage on the same link
    }
    const entry = this.pending.get(message.id);
    if (!entry) return;
    this.pending.delete(message.id);
    clearTimeout(entry.timer);
    if (message.ok) {
      entry.deferred.resolve(message.confirmation);
    } else {
      entry.deferred.reject(new Error(`booking refused: ${message.error}`));
    }
  }

  private failAll(err: Error): void {
    this.closed = true;
    for (const entry of this.pending.values()) {
      clearTimeout(entry.timer);
      entry.deferred.reject(err);
    }
    this.pending.clear();
    this.lines.close();
  }
}
