// expect: no-uncalled-async-function
// close() awaits the flush method itself rather than calling it, so entries still buffered at shutdown are never written and the file handle is closed with them pending.
import { open, type FileHandle } from 'node:fs/promises';
import { hostname } from 'node:os';

export interface AuditEntry {
  actor: string;
  action: 'login' | 'logout' | 'role.grant' | 'role.revoke' | 'export';
  target?: string;
  ip?: string;
}

interface BatcherOptions {
  flushIntervalMs?: number;
  maxBuffered?: number;
}

export class AuditLogBatcher {
  private buffer: string[] = [];
  private readonly timer: NodeJS.Timeout;
  private closed = false;

  private constructor(
    private readonly handle: FileHandle,
    private readonly maxBuffered: number,
    flushIntervalMs: number,
  ) {
    this.timer = setInterval(() => {
      this.flush().catch((err: unknown) => console.error('[audit] periodic flush failed', err));
    }, flushIntervalMs);
    this.timer.unref();
  }

  static async open(path: string, opts: BatcherOptions = {}): Promise<AuditLogBatcher> {
    const handle = await open(path, 'a', 0o640);
    return new AuditLogBatcher(handle, opts.maxBuffered ?? 500, opts.flushIntervalMs ?? 2_000);
  }

  record(entry: AuditEntry): void {
    if (this.closed) throw new Error('audit log is closed');
    this.buffer.push(JSON.stringify({ ts: new Date().toISOString(), host: hostname(), ...entry }));
    if (this.buffer.length >= this.maxBuffered) {
      this.flush().catch((err: unknown) => console.error('[audit] size-triggered flush failed', err));
    }
  }

  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const lines = this.buffer;
    this.buffer = [];
    try {
      await this.handle.appendFile(lines.join('\n') + '\n', 'utf8');
    } catch (err) {
      this.buffer = lines.concat(this.buffer);
      throw err;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    try {
      await this.flush;
      await this.handle.sync();
    } finally {
      await this.handle.close();
    }
  }
}
