// expect: none
// Each stored deferred is removed from the pending map before it is settled, has its own cleared timeout, and every pending call is rejected on socket error or close.
import net from 'node:net';

type DeviceCommand =
  | { method: 'light.set'; params: { deviceId: string; on: boolean; brightness?: number } }
  | { method: 'thermostat.target'; params: { deviceId: string; celsius: number } }
  | { method: 'lock.state'; params: { deviceId: string } };

interface RpcResponse {
  id: number;
  result?: unknown;
  error?: { code: number; message: string };
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (reason: Error) => void;
  timer: NodeJS.Timeout;
}

export class HubRpcClient {
  private socket: net.Socket | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private buffer = '';

  constructor(
    private readonly host: string,
    private readonly port = 7433,
    private readonly callTimeoutMs = 4_000,
  ) {}

  connect(): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: this.host, port: this.port });
      socket.setEncoding('utf8');
      socket.once('connect', () => {
        socket.off('error', reject);
        socket.on('error', (err) => this.failAll(err));
        this.socket = socket;
        resolve();
      });
      socket.once('error', reject);
      socket.on('data', (chunk: string) => this.onData(chunk));
      socket.on('close', () => {
        this.socket = null;
        this.failAll(new Error('hub connection closed'));
      });
    });
  }

  call<T = unknown>(cmd: DeviceCommand): Promise<T> {
    const socket = this.socket;
    if (!socket) return Promise.reject(new Error('not connected to hub'));

    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${cmd.method} timed out after ${this.callTimeoutMs}ms`));
      }, this.callTimeoutMs);
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
      socket.write(JSON.stringify({ id, ...cmd }) + '\n');
    });
  }

  close(): void {
    this.socket?.end();
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    let newline: number;
    while ((newline = this.buffer.indexOf('\n')) !== -1) {
      const line = this.buffer.slice(0, newline).trim();
      this.buffer = this.buffer.slice(newline + 1);
      if (!line) continue;

      let msg: RpcResponse;
      try {
        msg = JSON.parse(line) as RpcResponse;
      } catch {
        continue; // hub occasionally emits debug lines on the same port
      }

      const entry = this.pending.get(msg.id);
      if (!entry) continue;
      this.pending.delete(msg.id);
      clearTimeout(entry.timer);
      if (msg.error) entry.reject(new Error(`hub error ${msg.error.code}: ${msg.error.message}`));
      else entry.resolve(msg.result);
    }
  }

  private failAll(err: Error): void {
    for (const [id, entry] of this.pending) {
      clearTimeout(entry.timer);
      entry.reject(err);
      this.pending.delete(id);
    }
  }
}
