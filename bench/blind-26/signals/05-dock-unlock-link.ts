// expect: no-leaked-race
// unlock races the dock acknowledgement against a setTimeout rejection that is never cleared, and on timeout the message listener for the ack is left attached.
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { Socket, connect } from 'node:net';

type DockMessage =
  | { type: 'unlocked'; requestId: string; dockId: string; bikeId: string }
  | { type: 'refused'; requestId: string; dockId: string; reason: string }
  | { type: 'heartbeat'; stationId: string; freeDocks: number };

export interface UnlockReceipt {
  dockId: string;
  bikeId: string;
  riderId: string;
  unlockedAt: Date;
}

export class UnlockTimeoutError extends Error {
  constructor(readonly dockId: string, readonly timeoutMs: number) {
    super(`dock ${dockId} did not acknowledge unlock within ${timeoutMs}ms`);
    this.name = 'UnlockTimeoutError';
  }
}

export class StationLink extends EventEmitter {
  private buffer = '';

  private constructor(private readonly socket: Socket) {
    super();
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => this.onData(chunk));
    socket.on('close', () => this.emit('close'));
  }

  static async open(host: string, port: number): Promise<StationLink> {
    const socket = connect({ host, port });
    await EventEmitter.once(socket, 'connect');
    return new StationLink(socket);
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    let nl: number;
    while ((nl = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, nl).trim();
      this.buffer = this.buffer.slice(nl + 1);
      if (line) this.emit('message', JSON.parse(line) as DockMessage);
    }
  }

  send(payload: object): void {
    this.socket.write(JSON.stringify(payload) + '\n');
  }

  async unlock(dockId: string, riderId: string, timeoutMs = 8_000): Promise<UnlockReceipt> {
    const requestId = randomUUID();

    const ack = new Promise<UnlockReceipt>((resolve, reject) => {
      const onMessage = (msg: DockMessage) => {
        if (msg.type === 'heartbeat' || msg.requestId !== requestId) return;
        this.off('message', onMessage);
        if (msg.type === 'unlocked') {
          resolve({ dockId, bikeId: msg.bikeId, riderId, unlockedAt: new Date() });
        } else {
          reject(new Error(`dock ${dockId} refused unlock: ${msg.reason}`));
        }
      };
      this.on('message', onMessage);
    });

    const timeout = new Promise<never>((_, reject) => {
      setTimeout(() => reject(new UnlockTimeoutError(dockId, timeoutMs)), timeoutMs);
    });

    this.send({ type: 'unlock', requestId, dockId, riderId });
    return Promise.race([ack, timeout]);
  }

  close(): void {
    this.socket.end();
  }
}
