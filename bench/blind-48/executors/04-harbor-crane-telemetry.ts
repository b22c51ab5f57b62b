// expect: none
// Correct: the handshake settles once — one cleanup removes the many-firing data listener and the timer before any resolve/reject.
import { createConnection, type Socket } from 'node:net';

export interface CraneFrame {
  craneId: string;
  hoistLoadKg: number;
  trolleyPosM: number;
  windMs: number;
}

declare const craneLog: {
  warn(message: string, meta?: Record<string, unknown>): void;
};

function parseFrame(line: string): CraneFrame | undefined {
  const [craneId, load, trolley, wind] = line.split(';');
  if (!craneId || load === undefined || trolley === undefined || wind === undefined) return undefined;
  return { craneId, hoistLoadKg: Number(load), trolleyPosM: Number(trolley), windMs: Number(wind) };
}

export class CraneTelemetryLink {
  private socket: Socket | undefined;
  private buffer = '';
  private readonly subscribers = new Set<(frame: CraneFrame) => void>();

  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly handshakeTimeoutMs = 5_000,
  ) {}

  onFrame(subscriber: (frame: CraneFrame) => void): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  connect(craneId: string): Promise<void> {
    const socket = createConnection({ host: this.host, port: this.port });
    let handshake = '';

    return new Promise<void>((resolve, reject) => {
      const cleanup = () => {
        clearTimeout(timer);
        socket.off('data', onData);
        socket.off('error', onError);
        socket.off('close', onClose);
      };
      const onData = (chunk: Buffer) => {
        handshake += chunk.toString('utf8');
        const newline = handshake.indexOf('\n');
        if (newline === -1) return;
        cleanup();
        const greeting = handshake.slice(0, newline).trim();
        if (greeting !== `HELLO ${craneId}`) {
          socket.destroy();
          reject(new Error(`unexpected handshake from crane ${craneId}: ${greeting}`));
          return;
        }
        this.attach(socket, handshake.slice(newline + 1));
        resolve();
      };
      const onError = (err: Error) => {
        cleanup();
        reject(err);
      };
      const onClose = () => {
        cleanup();
        reject(new Error(`telemetry link to crane ${craneId} closed during handshake`));
      };
      const timer = setTimeout(() => {
        cleanup();
        socket.destroy();
        reject(new Error(`crane ${craneId} handshake timed out after ${this.handshakeTimeoutMs}ms`));
      }, this.handshakeTimeoutMs);

      socket.on('data', onData);
      socket.on('error', onError);
      socket.on('close', onClose);
      socket.write(`SUBSCRIBE ${craneId}\n`);
    });
  }

  close(): void {
    this.socket?.end();
    this.socket = undefined;
  }

  private attach(socket: Socket, leftover: string): void {
    this.socket = socket;
    this.buffer = '';
    this.ingest(leftover);
    socket.on('data', (chunk: Buffer) => this.ingest(chunk.toString('utf8')));
    socket.on('error', (err) => craneLog.warn('telemetry link error', { message: err.message }));
  }

  private ingest(text: string): void {
    this.buffer += text;
    let newline = this.buffer.indexOf('\n');
    while (newline !== -1) {
      const frame = parseFrame(this.buffer.slice(0, newline));
      this.buffer = this.buffer.slice(newline + 1);
      if (frame) {
        for (const subscriber of this.subscribers) subscriber(frame);
      }
      newline = this.buffer.indexOf('\n');
    }
  }
}
