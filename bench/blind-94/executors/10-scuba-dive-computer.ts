// expect: none
// Pending requests are deleted from the map before resolve/reject, timeouts are cleared, and close rejects whatever is left, so each deferred settles once.
import { EventEmitter } from 'node:events';

interface Frame {
  id: number;
  ok: boolean;
  payload?: unknown;
  error?: string;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (reason: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export interface SerialPort extends EventEmitter {
  write(data: string): boolean;
  close(): void;
}

export interface DiveProfile {
  diveNo: number;
  maxDepthM: number;
  bottomTimeMin: number;
  samples: Array<{ t: number; depth: number; tempC: number }>;
}

export class DiveComputerLink {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private buffer = '';

  constructor(private readonly port: SerialPort, private readonly timeoutMs = 5_000) {
    port.on('data', (chunk: Buffer) => this.onData(chunk));
    port.once('close', () => this.failAll(new Error('dive computer disconnected')));
    port.on('error', (err: Error) => this.failAll(err));
  }

  request<T>(command: string, args: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    const { promise, resolve, reject } = Promise.withResolvers<unknown>();
    const timer = setTimeout(() => {
      this.pending.delete(id);
      reject(new Error(`${command} timed out after ${this.timeoutMs}ms`));
    }, this.timeoutMs);
    this.pending.set(id, { resolve, reject, timer });
    this.port.write(`${JSON.stringify({ id, command, args })}\n`);
    return promise as Promise<T>;
  }

  private onData(chunk: Buffer) {
    this.buffer += chunk.toString('ascii');
    let newline: number;
    while ((newline = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, newline);
      this.buffer = this.buffer.slice(newline + 1);
      if (line.trim()) this.onFrame(JSON.parse(line) as Frame);
    }
  }

  private onFrame(frame: Frame) {
    const entry = this.pending.get(frame.id);
    if (!entry) return; // late reply for a request that already timed out
    this.pending.delete(frame.id);
    clearTimeout(entry.timer);
    if (frame.ok) entry.resolve(frame.payload);
    else entry.reject(new Error(frame.error ?? 'dive computer reported an error'));
  }

  private failAll(err: Error) {
    for (const [id, entry] of this.pending) {
      this.pending.delete(id);
      clearTimeout(entry.timer);
      entry.reject(err);
    }
  }

  async downloadLogbook(sinceDive: number): Promise<DiveProfile[]> {
    const count = await this.request<number>('log.count');
    const dives: DiveProfile[] = [];
    for (let n = sinceDive + 1; n <= count; n++) {
      dives.push(await this.request<DiveProfile>('log.read', { dive: n }));
    }
    return dives;
  }

  close() {
    this.port.close();
  }
}
