// expect: no-multiple-settle
// Each request arms a timeout that is never cleared when the reply arrives, so a request that already resolved is rejected again later.
import { connect, type Socket } from 'node:net';
import { createInterface } from 'node:readline';

export type LeverCommand =
  | { op: 'SET_ROUTE'; route: string }
  | { op: 'CANCEL_ROUTE'; route: string }
  | { op: 'PULL'; lever: number }
  | { op: 'STATUS' };

export interface InterlockingReply {
  id: number;
  ok: boolean;
  error?: string;
  state?: Record<string, 'normal' | 'reverse' | 'locked'>;
}

interface Pending {
  resolve: (reply: InterlockingReply) => void;
  reject: (err: Error) => void;
}

export class InterlockingLink {
  private socket: Socket | null = null;
  private seq = 0;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly timeoutMs = 3_000,
  ) {}

  async open(): Promise<void> {
    const socket = connect({ host: this.host, port: this.port });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => {
        socket.off('error', reject);
        resolve();
      });
      socket.once('error', reject);
    });
    socket.setNoDelay(true);
    createInterface({ input: socket }).on('line', (line) => this.onLine(line));
    socket.on('error', (err) => this.failAll(err));
    socket.on('close', () => this.failAll(new Error('interlocking link closed')));
    this.socket = socket;
  }

  request(cmd: LeverCommand): Promise<InterlockingReply> {
    const socket = this.socket;
    if (!socket) return Promise.reject(new Error('link not open'));
    const id = ++this.seq;

    return new Promise<InterlockingReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      socket.write(JSON.stringify({ id, ...cmd }) + '\n');

      setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`interlocking did not answer ${cmd.op} #${id} within ${this.timeoutMs}ms`));
      }, this.timeoutMs);
    });
  }

  async setRoute(route: string): Promise<void> {
    const reply = await this.request({ op: 'SET_ROUTE', route });
    if (!reply.ok) throw new Error(`route ${route} refused: ${reply.error ?? 'no reason given'}`);
  }

  close(): void {
    this.socket?.end();
    this.socket = null;
  }

  private onLine(line: string): void {
    let reply: InterlockingReply;
    try {
      reply = JSON.parse(line) as InterlockingReply;
    } catch {
      console.warn(`[box] ignoring malformed frame: ${line}`);
      return;
    }
    const waiter = this.pending.get(reply.id);
    if (!waiter) return;
    this.pending.delete(reply.id);
    waiter.resolve(reply);
  }

  private failAll(err: Error): void {
    for (const [id, waiter] of this.pending) {
      this.pending.delete(id);
      waiter.reject(err);
    }
  }
}
