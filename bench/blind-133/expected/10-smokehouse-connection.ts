// expect: none
// The connection promise is memoised on purpose so every call awaits the same handshake, and it is cleared when the handshake fails so a later call starts a new one.
import { createConnection, type Socket } from 'node:net';
import { once } from 'node:events';

export interface KilnCommand {
  kilnId: string;
  op: 'read' | 'set-fire' | 'set-damper';
  value?: number;
}

export class SmokehouseLink {
  private socket: Socket | undefined;
  private ready: Promise<Socket> | undefined;
  private buffer = '';
  private readonly waiting: Array<{ resolve: (line: string) => void; reject: (err: Error) => void }> = [];

  constructor(
    private readonly host: string,
    private readonly port = 5020,
  ) {}

  private async connect(): Promise<Socket> {
    const socket = createConnection({ host: this.host, port: this.port });
    await once(socket, 'connect');
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => this.onData(chunk));
    socket.on('close', () => {
      this.socket = undefined;
      this.ready = undefined;
      for (const waiter of this.waiting.splice(0)) waiter.reject(new Error('smokehouse link closed'));
    });
    socket.on('error', () => socket.destroy());
    this.socket = socket;
    return socket;
  }

  private ensureConnected(): Promise<Socket> {
    this.ready ??= this.connect().catch((err: unknown) => {
      this.ready = undefined;
      throw err;
    });
    return this.ready;
  }

  async send(command: KilnCommand): Promise<string> {
    const socket = await this.ensureConnected();
    const reply = new Promise<string>((resolve, reject) => this.waiting.push({ resolve, reject }));
    socket.write(`${command.op.toUpperCase()} ${command.kilnId}${command.value === undefined ? '' : ` ${command.value}`}\n`);
    return reply;
  }

  async readAll(kilnIds: string[]): Promise<Map<string, number>> {
    const temps = new Map<string, number>();
    for (const kilnId of kilnIds) {
      const reply = await this.send({ kilnId, op: 'read' });
      temps.set(kilnId, Number.parseFloat(reply));
    }
    return temps;
  }

  close(): void {
    this.socket?.end();
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    let nl: number;
    while ((nl = this.buffer.indexOf('\n')) !== -1) {
      const line = this.buffer.slice(0, nl).trim();
      this.buffer = this.buffer.slice(nl + 1);
      this.waiting.shift()?.resolve(line);
    }
  }
}
