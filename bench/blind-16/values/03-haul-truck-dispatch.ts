// expect: no-read-before-settle
// ackedAt is only set by the radio 'ack' listener, yet the dispatch record reads it synchronously right after transmitting, so it is always null.
import { EventEmitter } from 'node:events';

export interface Assignment {
  truckId: string;
  shovelId: string;
  dumpId: string;
  tonnes: number;
}

interface RadioAck {
  truckId: string;
  seq: number;
  at: number;
}

export interface DispatchRecord {
  seq: number;
  assignment: Assignment;
  sentAt: number;
  ackedAt: number | null;
}

declare const radio: EventEmitter & {
  transmit(channel: number, payload: Buffer): void;
};

const ACK_TIMEOUT_MS = 30_000;

export class HaulDispatcher {
  private seq = 0;
  private readonly history: DispatchRecord[] = [];
  private readonly channels = new Map<string, number>();

  constructor(private readonly defaultChannel = 7) {}

  registerTruck(truckId: string, channel: number): void {
    this.channels.set(truckId, channel);
  }

  private encode(seq: number, a: Assignment): Buffer {
    const buf = Buffer.alloc(32);
    buf.writeUInt32BE(seq, 0);
    buf.write(a.truckId.padEnd(8, ' ').slice(0, 8), 4, 'ascii');
    buf.write(a.shovelId.padEnd(8, ' ').slice(0, 8), 12, 'ascii');
    buf.write(a.dumpId.padEnd(8, ' ').slice(0, 8), 20, 'ascii');
    buf.writeUInt32BE(Math.round(a.tonnes * 10), 28);
    return buf;
  }

  dispatch(assignment: Assignment): DispatchRecord {
    const seq = ++this.seq;
    const channel = this.channels.get(assignment.truckId) ?? this.defaultChannel;
    let ackedAt: number | null = null;

    const onAck = (ack: RadioAck) => {
      if (ack.truckId !== assignment.truckId || ack.seq !== seq) return;
      ackedAt = ack.at;
      radio.off('ack', onAck);
    };
    radio.on('ack', onAck);
    setTimeout(() => radio.off('ack', onAck), ACK_TIMEOUT_MS).unref();

    const sentAt = Date.now();
    radio.transmit(channel, this.encode(seq, assignment));

    const record: DispatchRecord = { seq, assignment, sentAt, ackedAt };
    this.history.push(record);
    return record;
  }

  unacknowledged(olderThanMs = 10_000): DispatchRecord[] {
    const cutoff = Date.now() - olderThanMs;
    return this.history.filter((r) => r.ackedAt === null && r.sentAt < cutoff);
  }

  redispatchStale(): number {
    const stale = this.unacknowledged();
    for (const record of stale) {
      this.dispatch(record.assignment);
    }
    return stale.length;
  }

  tonnesAssigned(truckId: string): number {
    return this.history.filter((r) => r.assignment.truckId === truckId).reduce((sum, r) => sum + r.assignment.tonnes, 0);
  }
}
