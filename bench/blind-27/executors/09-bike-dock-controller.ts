// expect: no-multiple-settle
// Pending command deferreds are only settled by a matching reply; when the socket closes (idle timeout, controller reboot) they are dropped without being rejected and their callers wait forever.
import { Socket, connect } from 'node:net';
import { EventEmitter } from 'node:events';

type DockCommand =
  | { op: 'unlock'; slot: number; rideId: string }
  | { op: 'lock'; slot: number }
  | { op: 'status' };

interface DockReply {
  seq: number;
  ok: boolean;
  error?: string;
  slots?: Array<{ slot: number; bikeId: string | null; charging: boolean }>;
}

export class DockController extends EventEmitter {
  private socket: Socket | null = null;
  private seq = 0;
  private readonly pending = new Map<number, PromiseWithResolvers<DockReply>>();
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(private readonly stationId: string, private readonly host: string, private readonly port = 7410) {
    super();
  }

  connect(): void {
    const socket = connect({ host: this.host, port: this.port });
    socket.setKeepAlive(true, 10_000);
    socket.setTimeout(60_000, () => socket.destroy(new Error('dock controller idle')));

    let buffered = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      buffered += chunk;
      let nl: number;
      while ((nl = buffered.indexOf('\n')) !== -1) {
        const line = buffered.slice(0, nl).trim();
        buffered = buffered.slice(nl + 1);
        if (line) this.handleLine(line);
      }
    });

    socket.on('connect', () => this.emit('online', this.stationId));
    socket.on('error', (err) => this.emit('warning', err));
    socket.on('close', () => {
      this.socket = null;
      this.emit('offline', this.stationId);
      this.reconnectTimer ??= setTimeout(() => {
        this.reconnectTimer = null;
        this.connect();
      }, 3_000);
    });
    this.socket = socket;
  }

  private handleLine(line: string) {
    let reply: DockReply;
    try {
      reply = JSON.parse(line) as DockReply;
    } catch {
      this.emit('warning', new Error(`unparseable frame from ${this.stationId}: ${line.slice(0, 80)}`));
      return;
    }
    const deferred = this.pending.get(reply.seq);
    if (!deferred) return;
    this.pending.delete(reply.seq);
    if (reply.ok) deferred.resolve(reply);
    else deferred.reject(new Error(`${this.stationId}: ${reply.error ?? 'command refused'}`));
  }

  send(command: DockCommand): Promise<DockReply> {
    if (!this.socket || this.socket.destroyed) {
      return Promise.reject(new Error(`dock ${this.stationId} is offline`));
    }
    const seq = ++this.seq;
    const deferred = Promise.withResolvers<DockReply>();
    this.pending.set(seq, deferred);
    this.socket.write(JSON.stringify({ seq, ...command }) + '\n');
    return deferred.promise;
  }

  async unlockForRide(slot: number, rideId: string): Promise<void> {
    await this.send({ op: 'unlock', slot, rideId });
  }

  async freeSlots(): Promise<number[]> {
    const reply = await this.send({ op: 'status' });
    return (reply.slots ?? []).filter((s) => s.bikeId === null).map((s) => s.slot);
  }

  shutdown(): void {
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    this.socket?.removeAllListeners('close');
    this.socket?.destroy();
  }
}
