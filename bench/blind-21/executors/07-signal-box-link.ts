// expect: no-multiple-settle
// Bug: the ack timer is never cleared when an ack arrives, so after every successful command the timeout still fires, calls reject on the settled promise and marks the link degraded / drops the socket.
import { EventEmitter } from 'node:events';
import { Socket } from 'node:net';
import { createInterface } from 'node:readline';

export type RouteCommand =
  | { kind: 'set-route'; from: string; to: string }
  | { kind: 'cancel-route'; routeId: string }
  | { kind: 'points'; pointsId: string; position: 'normal' | 'reverse' };

export interface InterlockingAck {
  id: number;
  accepted: boolean;
  reason?: string;
}

type Waiter = { resolve: (ack: InterlockingAck) => void; reject: (err: Error) => void };

export class SignalBoxLink extends EventEmitter {
  private nextId = 1;
  private readonly waiters = new Map<number, Waiter>();
  private socket: Socket | null = null;

  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly ackTimeoutMs = 4_000,
  ) {
    super();
  }

  connect(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const socket = new Socket();
      socket.once('error', reject);
      socket.connect(this.port, this.host, () => {
        socket.off('error', reject);
        socket.on('error', (err) => this.emit('link-error', err));
        this.socket = socket;
        createInterface({ input: socket }).on('line', (line) => this.onLine(line));
        resolve();
      });
    });
  }

  send(command: RouteCommand): Promise<InterlockingAck> {
    const socket = this.socket;
    if (!socket) return Promise.reject(new Error('signal box link not connected'));
    const id = this.nextId++;

    return new Promise<InterlockingAck>((resolve, reject) => {
      setTimeout(() => {
        this.waiters.delete(id);
        this.emit('degraded', { id, command });
        socket.destroy();
        reject(new Error(`interlocking did not ack command ${id} (${command.kind})`));
      }, this.ackTimeoutMs);

      this.waiters.set(id, { resolve, reject });
      socket.write(JSON.stringify({ id, ...command }) + '\n');
    });
  }

  private onLine(line: string): void {
    let ack: InterlockingAck;
    try {
      ack = JSON.parse(line) as InterlockingAck;
    } catch {
      this.emit('link-error', new Error(`unparseable frame: ${line.slice(0, 80)}`));
      return;
    }
    const waiter = this.waiters.get(ack.id);
    if (!waiter) return;
    this.waiters.delete(ack.id);
    if (ack.accepted) {
      waiter.resolve(ack);
    } else {
      waiter.reject(new Error(`command ${ack.id} refused: ${ack.reason ?? 'no reason given'}`));
    }
  }
}
