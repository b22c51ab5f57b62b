// expect: none
// Each deferred lives in a map; reply and timeout both delete the entry first, and whichever finds it missing does nothing.
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';

interface BookingReply {
  requestId: string;
  ok: boolean;
  error?: string;
  booking?: { classId: string; mat: number; goat: string };
}

interface Transport extends EventEmitter {
  publish(topic: string, payload: string): void;
}

type Pending = {
  deferred: PromiseWithResolvers<NonNullable<BookingReply['booking']>>;
  timer: NodeJS.Timeout;
};

export class StudioBookingClient {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly transport: Transport,
    private readonly timeoutMs = 8_000,
  ) {
    transport.on('reply', (raw: string) => this.onReply(raw));
    transport.on('disconnect', () => this.failAll(new Error('booking service disconnected')));
  }

  book(classId: string, member: string): Promise<NonNullable<BookingReply['booking']>> {
    const requestId = randomUUID();
    const deferred = Promise.withResolvers<NonNullable<BookingReply['booking']>>();

    const timer = setTimeout(() => {
      if (!this.pending.delete(requestId)) return;
      deferred.reject(new Error(`booking ${requestId} for ${classId} timed out`));
    }, this.timeoutMs);

    this.pending.set(requestId, { deferred, timer });
    this.transport.publish('studio.bookings', JSON.stringify({ requestId, classId, member }));
    return deferred.promise;
  }

  private onReply(raw: string): void {
    let reply: BookingReply;
    try {
      reply = JSON.parse(raw);
    } catch {
      return;
    }
    const entry = this.pending.get(reply.requestId);
    if (!entry) return; // late reply after timeout, or not ours
    this.pending.delete(reply.requestId);
    clearTimeout(entry.timer);

    if (reply.ok && reply.booking) {
      entry.deferred.resolve(reply.booking);
    } else {
      entry.deferred.reject(new Error(reply.error ?? 'booking rejected'));
    }
  }

  private failAll(err: Error): void {
    for (const [id, entry] of this.pending) {
      clearTimeout(entry.timer);
      entry.deferred.reject(err);
      this.pending.delete(id);
    }
  }

  get inFlight(): number {
    return this.pending.size;
  }
}
