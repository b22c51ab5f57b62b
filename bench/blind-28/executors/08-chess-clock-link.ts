// expect: none
// Stored resolve/reject pairs are each removed and their timer cleared when a reply arrives, when the timeout fires, or when the socket closes (which rejects everything pending), so every call settles once.
import { createConnection, type Socket } from 'node:net';
import { createInterface } from 'node:readline';

export interface ClockState {
  board: number;
  whiteMs: number;
  blackMs: number;
  running: 'white' | 'black' | null;
  flagFallen: boolean;
}

type Command = 'STATE' | 'PAUSE' | 'RESUME' | 'ADD';

interface Outstanding {
  resolve: (state: ClockState) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

/** JSON-lines link to the arbiter's DGT clock hub. */
export class ClockHubLink {
  private readonly outstanding = new Map<number, Outstanding>();
  private seq = 0;

  private constructor(private readonly socket: Socket, private readonly timeoutMs: number) {
    createInterface({ input: socket, crlfDelay: Infinity }).on('line', (line) => this.onReply(line));
    socket.on('error', (err) => console.error(`[clock-hub] ${err.message}`));
    socket.on('close', () => this.failAll(new Error('clock hub connection closed')));
  }

  static open(host: string, port: number, timeoutMs = 2_000): Promise<ClockHubLink> {
    return new Promise((resolve, reject) => {
      const socket = createConnection({ host, port });
      const onError = (err: Error): void => reject(err);
      socket.once('error', onError);
      socket.once('connect', () => {
        socket.off('error', onError);
        resolve(new ClockHubLink(socket, timeoutMs));
      });
    });
  }

  call(command: Command, board: number, arg?: number): Promise<ClockState> {
    if (this.socket.destroyed) {
      return Promise.reject(new Error('clock hub connection closed'));
    }
    const id = ++this.seq;
    return new Promise<ClockState>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.outstanding.delete(id);
        reject(new Error(`${command} on board ${board} timed out`));
      }, this.timeoutMs);
      this.outstanding.set(id, { resolve, reject, timer });
      this.socket.write(JSON.stringify({ id, command, board, arg }) + '\n');
    });
  }

  addIncrement(board: number, seconds: number): Promise<ClockState> {
    return this.call('ADD', board, seconds * 1000);
  }

  close(): void {
    this.socket.end();
  }

  private onReply(line: string): void {
    let msg: { id: number; ok: boolean; state?: ClockState; error?: string };
    try {
      msg = JSON.parse(line);
    } catch {
      return;
    }
    const entry = this.outstanding.get(msg.id);
    if (!entry) return;
    this.outstanding.delete(msg.id);
    clearTimeout(entry.timer);

    if (msg.ok && msg.state) {
      entry.resolve(msg.state);
    } else {
      entry.reject(new Error(msg.error ?? 'clock hub refused the command'));
    }
  }

  private failAll(err: Error): void {
    for (const [id, entry] of this.outstanding) {
      clearTimeout(entry.timer);
      this.outstanding.delete(id);
      entry.reject(err);
    }
  }
}
