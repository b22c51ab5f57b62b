// expect: no-multiple-settle
// Pending deferreds are only settled from 'data'; when the socket errors or closes mid-request nothing rejects them, so query() hangs forever.
import { createConnection, type Socket } from 'node:net';

export interface SlotStatus {
  slot: string;
  sku: string;
  remaining: number;
  jammed: boolean;
}

export interface MachineReply {
  seq: number;
  status: 'ok' | 'err';
  body: unknown;
}

type Deferred = ReturnType<typeof Promise.withResolvers<MachineReply>>;

export class VendingTelemetryClient {
  private socket: Socket | null = null;
  private buffer = '';
  private seq = 0;
  private readonly inflight = new Map<number, Deferred>();

  constructor(private readonly host: string, private readonly port = 7311) {}

  connect(): Promise<void> {
    const { promise, resolve, reject } = Promise.withResolvers<void>();
    const sock = createConnection({ host: this.host, port: this.port });
    sock.setEncoding('utf8');
    sock.setKeepAlive(true, 15_000);

    sock.once('connect', () => {
      sock.off('error', reject);
      resolve();
    });
    sock.once('error', reject);

    sock.on('data', (chunk: string) => this.onData(chunk));
    sock.on('error', (err) => {
      console.warn(`[vend ${this.host}] socket error: ${err.message}`);
    });
    sock.on('close', () => {
      this.socket = null;
      this.buffer = '';
    });

    this.socket = sock;
    return promise;
  }

  query(command: string, args: Record<string, unknown> = {}): Promise<MachineReply> {
    if (!this.socket) return Promise.reject(new Error(`not connected to ${this.host}`));
    const seq = ++this.seq;
    const deferred = Promise.withResolvers<MachineReply>();
    this.inflight.set(seq, deferred);
    this.socket.write(JSON.stringify({ seq, command, args }) + '\n');
    return deferred.promise;
  }

  async slotInventory(): Promise<SlotStatus[]> {
    const reply = await this.query('SLOTS');
    if (reply.status !== 'ok') throw new Error(`machine ${this.host} refused SLOTS`);
    return reply.body as SlotStatus[];
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    let nl: number;
    while ((nl = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, nl);
      this.buffer = this.buffer.slice(nl + 1);
      if (!line) continue;
      let reply: MachineReply;
      try {
        reply = JSON.parse(line) as MachineReply;
      } catch {
        console.warn(`[vend ${this.host}] unparseable line dropped`);
        continue;
      }
      const deferred = this.inflight.get(reply.seq);
      if (!deferred) continue;
      this.inflight.delete(reply.seq);
      deferred.resolve(reply);
    }
  }

  disconnect(): void {
    this.socket?.end();
  }
}
