// expect: none
// Each packet is chained onto a tail promise that always has a catch attached, and close() awaits that tail.
import { EventEmitter } from 'node:events';

export interface Packet {
  from: string;
  seq: number;
  body: string;
  rssi: number;
}

declare const packetStore: {
  append(hutId: string, packet: Packet): Promise<void>;
};

declare const valleyStation: {
  forward(packet: Packet): Promise<void>;
};

declare const relayLog: {
  warn(message: string, err?: unknown): void;
};

const PRIORITY_PREFIXES = ['SOS', 'MEDIC', 'AVAL'];
const MIN_RSSI = -118;

export class HutRelay {
  private tail: Promise<void> = Promise.resolve();
  private dropped = 0;
  private lastSeq = new Map<string, number>();

  constructor(private readonly hutId: string, private readonly radio: EventEmitter) {}

  start(): void {
    this.radio.on('packet', this.onPacket);
  }

  private readonly onPacket = (packet: Packet): void => {
    if (packet.rssi < MIN_RSSI) {
      this.dropped++;
      return;
    }
    const previous = this.lastSeq.get(packet.from);
    if (previous !== undefined && packet.seq <= previous) {
      return;
    }
    this.lastSeq.set(packet.from, packet.seq);
    this.tail = this.tail
      .then(() => this.handle(packet))
      .catch((err) => relayLog.warn(`packet ${packet.from}#${packet.seq} not handled`, err));
  };

  private async handle(packet: Packet): Promise<void> {
    await packetStore.append(this.hutId, packet);
    if (PRIORITY_PREFIXES.some((p) => packet.body.startsWith(p))) {
      await valleyStation.forward(packet);
    }
  }

  droppedCount(): number {
    return this.dropped;
  }

  async close(): Promise<void> {
    this.radio.off('packet', this.onPacket);
    await this.tail;
  }
}

export async function withRelay<T>(hutId: string, radio: EventEmitter, body: (relay: HutRelay) => Promise<T>): Promise<T> {
  const relay = new HutRelay(hutId, radio);
  relay.start();
  try {
    return await body(relay);
  } finally {
    await relay.close();
  }
}
