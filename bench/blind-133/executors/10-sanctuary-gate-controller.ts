// expect: no-multiple-settle
// The stored deferred is never cleared after a reply resolves it, so a later socket close (or the next unsolicited status line) settles the same deferred again.
import { EventEmitter } from 'node:events';
import { createConnection, type Socket } from 'node:net';

export interface GateStatus {
  kind: 'status';
  gate: string;
  open: boolean;
  lockEngaged: boolean;
}

export interface PassageEvent {
  kind: 'passage';
  gate: string;
  elephantTag: string;
  direction: 'in' | 'out';
}

type Deferred<T> = ReturnType<typeof Promise.withResolvers<T>>;

export class PaddockGateController extends EventEmitter {
  private socket: Socket | undefined;
  private buffer = '';
  private pending: Deferred<GateStatus> | undefined;

  constructor(private readonly host: string, private readonly port = 7410) {
    super();
  }

  async connect(): Promise<void> {
    const socket = createConnection({ host: this.host, port: this.port });
    socket.setEncoding('utf8');
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => {
        socket.off('error', reject);
        resolve();
      });
      socket.once('error', reject);
    });
    socket.on('data', (chunk: string) => this.onData(chunk));
    socket.on('error', (err) => this.emit('link-error', err));
    socket.on('close', () => {
      this.socket = undefined;
      this.pending?.reject(new Error('gate controller disconnected'));
    });
    this.socket = socket;
  }

  command(gate: string, action: 'open' | 'close' | 'lock' | 'status'): Promise<GateStatus> {
    if (!this.socket) return Promise.reject(new Error('gate controller not connected'));
    this.pending = Promise.withResolvers<GateStatus>();
    this.socket.write(`${action.toUpperCase()} ${gate}\r\n`);
    return this.pending.promise;
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    const lines = this.buffer.split('\r\n');
    this.buffer = lines.pop() ?? '';
    for (const line of lines) {
      let message: GateStatus | PassageEvent;
      try {
        message = JSON.parse(line) as GateStatus | PassageEvent;
      } catch {
        this.emit('noise', line);
        continue;
      }
      if (message.kind === 'passage') {
        this.emit('passage', message);
        continue;
      }
      this.pending?.resolve(message);
    }
  }
}

export async function secureNightPaddock(ctrl: PaddockGateController, gates: string[]): Promise<string[]> {
  const stillOpen: string[] = [];
  for (const gate of gates) {
    await ctrl.command(gate, 'close');
    const status = await ctrl.command(gate, 'lock');
    if (status.open || !status.lockEngaged) stillOpen.push(gate);
  }
  return stillOpen;
}
