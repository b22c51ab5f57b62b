// expect: none
// Each pending command is removed from the map before it is resolved or rejected, and the close/error path only rejects entries still pending, so every deferred settles exactly once.
import { createConnection, type Socket } from 'node:net';

export interface JockeyAck {
  seq: number;
  ok: boolean;
  detail?: string;
}

type JockeyCommand = 'whip' | 'steer' | 'halt' | 'return-to-paddock';

interface PendingCommand {
  command: JockeyCommand;
  resolve: (ack: JockeyAck) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export class JockeyCommandLink {
  private socket: Socket | undefined;
  private buffer = '';
  private seq = 0;
  private readonly pending = new Map<number, PendingCommand>();

  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly ackTimeoutMs = 2_000,
  ) {}

  connect(): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = createConnection({ host: this.host, port: this.port });
      const onError = (err: Error) => {
        socket.off('connect', onConnect);
        reject(err);
      };
      const onConnect = () => {
        socket.off('error', onError);
        socket.setEncoding('utf8');
        socket.on('data', (chunk: string) => this.onData(chunk));
        socket.on('error', (err) => this.failAll(err));
        socket.on('close', () => this.failAll(new Error('jockey link closed')));
        this.socket = socket;
        resolve();
      };
      socket.once('error', onError);
      socket.once('connect', onConnect);
    });
  }

  send(command: JockeyCommand, payload: Record<string, number> = {}): Promise<JockeyAck> {
    const socket = this.socket;
    if (!socket) return Promise.reject(new Error('jockey link is not connected'));
    const seq = ++this.seq;
    const { promise, resolve, reject } = Promise.withResolvers<JockeyAck>();
    const timer = setTimeout(() => {
      this.pending.delete(seq);
      reject(new Error(`no ack for ${command} #${seq} within ${this.ackTimeoutMs}ms`));
    }, this.ackTimeoutMs);
    this.pending.set(seq, { command, resolve, reject, timer });
    socket.write(JSON.stringify({ seq, command, ...payload }) + '\n');
    return promise;
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    let newline: number;
    while ((newline = this.buffer.indexOf('\n')) !== -1) {
      const line = this.buffer.slice(0, newline).trim();
      this.buffer = this.buffer.slice(newline + 1);
      if (!line) continue;
      let ack: JockeyAck;
      try {
        ack = JSON.parse(line) as JockeyAck;
      } catch {
        continue;
      }
      const entry = this.pending.get(ack.seq);
      if (!entry) continue;
      this.pending.delete(ack.seq);
      clearTimeout(entry.timer);
      entry.resolve(ack);
    }
  }

  private failAll(err: Error): void {
    const entries = [...this.pending.values()];
    this.pending.clear();
    for (const entry of entries) {
      clearTimeout(entry.timer);
      entry.reject(new Error(`${entry.command} aborted: ${err.message}`));
    }
    this.socket = undefined;
  }
}
