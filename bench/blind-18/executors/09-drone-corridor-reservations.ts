// expect: no-multiple-settle
// Stored resolve/reject callbacks are only ever settled by a matching reply; when the link closes (or errors) the pending reservations are neither rejected nor timed out, so their callers wait forever.
import { connect, type Socket } from 'node:net';
import { EventEmitter } from 'node:events';

export interface CorridorSlot {
  corridorId: string;
  altitudeBandM: [number, number];
  windowStart: string;
  windowEnd: string;
}

export interface ReservationResult {
  granted: boolean;
  slot?: CorridorSlot;
  reason?: string;
}

type Resolver = {
  resolve: (r: ReservationResult) => void;
  reject: (e: Error) => void;
};

export class CorridorAuthorityLink extends EventEmitter {
  private socket: Socket | null = null;
  private inbound = '';
  private seq = 0;
  private readonly awaiting = new Map<string, Resolver>();

  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly operatorId: string,
  ) {
    super();
  }

  private link(): Socket {
    if (this.socket && !this.socket.destroyed) return this.socket;
    const socket = connect({ host: this.host, port: this.port });
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      this.inbound += chunk;
      const lines = this.inbound.split('\n');
      this.inbound = lines.pop() ?? '';
      for (const line of lines) this.handleLine(line);
    });
    socket.on('error', (err) => this.emit('link-error', err));
    socket.on('close', () => {
      this.socket = null;
      this.inbound = '';
      this.emit('disconnected');
    });
    this.socket = socket;
    return socket;
  }

  private handleLine(line: string): void {
    if (!line.trim()) return;
    let msg: { ref: string; ok: boolean; slot?: CorridorSlot; reason?: string };
    try {
      msg = JSON.parse(line);
    } catch {
      return;
    }
    const waiter = this.awaiting.get(msg.ref);
    if (!waiter) return;
    this.awaiting.delete(msg.ref);
    if (msg.ok) waiter.resolve({ granted: true, slot: msg.slot });
    else waiter.resolve({ granted: false, reason: msg.reason });
  }

  reserve(droneSerial: string, corridorId: string, departAt: Date): Promise<ReservationResult> {
    const socket = this.link();
    const ref = `${this.operatorId}-${++this.seq}`;
    return new Promise<ReservationResult>((resolve, reject) => {
      this.awaiting.set(ref, { resolve, reject });
      socket.write(JSON.stringify({ ref, op: 'reserve', droneSerial, corridorId, departAt: departAt.toISOString() }) + '\n');
    });
  }

  get outstanding(): number {
    return this.awaiting.size;
  }
}

export async function planDeliveryRoute(
  link: CorridorAuthorityLink,
  droneSerial: string,
  corridors: string[],
  departAt: Date,
): Promise<CorridorSlot[]> {
  const slots: CorridorSlot[] = [];
  for (const corridorId of corridors) {
    const result = await link.reserve(droneSerial, corridorId, departAt);
    if (!result.granted || !result.slot) {
      throw new Error(`corridor ${corridorId} refused: ${result.reason ?? 'unknown'}`);
    }
    slots.push(result.slot);
    departAt = new Date(result.slot.windowEnd);
  }
  return slots;
}
