// expect: none
// Every pending request is settled once: by its reply, by its own timeout, or by the close handler that rejects everything still outstanding; each path deletes the entry first.
import { connect, type Socket } from 'node:net';

export interface LoanRequest {
  isbn: string;
  borrowingLibrary: string;
  patronRef: string;
}

export interface LoanReply {
  status: 'approved' | 'declined' | 'waitlisted';
  lendingLibrary?: string;
  dueBack?: string;
}

interface Pending {
  resolve: (reply: LoanReply) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export class InterloanClient {
  private socket: Socket | null = null;
  private buffer = '';
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly requestTimeoutMs = 15_000,
  ) {}

  private ensureSocket(): Socket {
    if (this.socket && !this.socket.destroyed) return this.socket;
    const socket = connect({ host: this.host, port: this.port });
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => this.onData(chunk));
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      this.socket = null;
      this.buffer = '';
      const outstanding = [...this.pending.values()];
      this.pending.clear();
      for (const p of outstanding) {
        clearTimeout(p.timer);
        p.reject(new Error('interloan hub connection closed'));
      }
    });
    this.socket = socket;
    return socket;
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    let newline: number;
    while ((newline = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, newline);
      this.buffer = this.buffer.slice(newline + 1);
      if (!line.trim()) continue;
      let message: { id: number; result: LoanReply };
      try {
        message = JSON.parse(line);
      } catch {
        continue;
      }
      const { id, result } = message;
      const entry = this.pending.get(id);
      if (!entry) continue;
      this.pending.delete(id);
      clearTimeout(entry.timer);
      entry.resolve(result);
    }
  }

  request(req: LoanRequest): Promise<LoanReply> {
    const socket = this.ensureSocket();
    const id = this.nextId++;
    return new Promise<LoanReply>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (this.pending.delete(id)) {
          reject(new Error(`interloan request ${id} for ${req.isbn} timed out`));
        }
      }, this.requestTimeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      socket.write(JSON.stringify({ id, method: 'loan.request', params: req }) + '\n');
    });
  }

  close(): void {
    this.socket?.end();
  }
}
