// expect: no-uncalled-async-function
// shutdown() does `await this.flushOutbox` without calling it, so the buffered fault reports are never sent before the socket is closed.
import { createConnection, type Socket } from 'node:net';
import { once } from 'node:events';

export interface FaultReport {
  buoyId: string;
  cable: string;
  kind: 'power-feed' | 'optical-loss' | 'anchor-drag';
  detail: string;
  at: string;
}

/**
 * Marker buoys over a cable repair site report over a shared radio modem.
 * Reports are buffered while the link is down and flushed when it returns.
 */
export class BuoyLinkMonitor {
  private socket: Socket | null = null;
  private readonly outbox: FaultReport[] = [];
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly host: string, private readonly port: number) {}

  async start(): Promise<void> {
    await this.connect();
    this.timer = setInterval(() => {
      this.flushOutbox().catch((err) => console.warn('flush failed, will retry', err));
    }, 30_000);
  }

  private async connect(): Promise<void> {
    const socket = createConnection({ host: this.host, port: this.port });
    socket.setKeepAlive(true, 10_000);
    await once(socket, 'connect');
    socket.on('close', () => {
      if (this.socket === socket) this.socket = null;
    });
    this.socket = socket;
  }

  report(fault: FaultReport): void {
    this.outbox.push(fault);
  }

  private async flushOutbox(): Promise<void> {
    if (!this.socket) await this.connect();
    while (this.outbox.length > 0) {
      const next = this.outbox[0];
      const line = JSON.stringify(next) + '\n';
      if (!this.socket!.write(line)) await once(this.socket!, 'drain');
      this.outbox.shift();
    }
  }

  async shutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.flushOutbox;
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.end();
      await once(socket, 'close');
    }
  }
}

export async function watchSite(monitor: BuoyLinkMonitor, feed: AsyncIterable<FaultReport>): Promise<number> {
  await monitor.start();
  let count = 0;
  try {
    for await (const fault of feed) {
      monitor.report(fault);
      count++;
    }
  } finally {
    await monitor.shutdown();
  }
  return count;
}
