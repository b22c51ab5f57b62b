// expect: no-multiple-settle
// Waiting commands are stored deferreds that only a DONE/FAULT line settles; the socket 'close' handler just flips `connected`, so a dropped link leaves every in-flight gate command pending forever and the lock sequence hangs mid-cycle.
import net from 'node:net';
import readline from 'node:readline';
import { EventEmitter, once } from 'node:events';

export type GateCommand = 'OPEN_UPPER' | 'CLOSE_UPPER' | 'OPEN_LOWER' | 'CLOSE_LOWER' | 'FILL' | 'DRAIN';

export interface GateReport {
  command: GateCommand;
  detail: string;
}

export class LockGateLink extends EventEmitter {
  private socket: net.Socket | undefined;
  private connected = false;
  private readonly waiting = new Map<string, PromiseWithResolvers<GateReport>>();

  async open(host: string, port: number): Promise<void> {
    const socket = net.connect({ host, port });
    await once(socket, 'connect');
    this.connected = true;
    const rl = readline.createInterface({ input: socket });
    rl.on('line', (line) => this.handleLine(line));
    socket.on('error', (err) => this.emit('link-error', err));
    socket.on('close', () => {
      this.connected = false;
      this.emit('disconnected');
    });
    this.socket = socket;
  }

  command(cmd: GateCommand): Promise<GateReport> {
    if (!this.socket || !this.connected) {
      return Promise.reject(new Error(`gate link down, cannot send ${cmd}`));
    }
    // The PLC only runs one instance of each command at a time; share the in-flight one.
    const existing = this.waiting.get(cmd);
    if (existing) return existing.promise;
    const deferred = Promise.withResolvers<GateReport>();
    this.waiting.set(cmd, deferred);
    this.socket.write(`${cmd}\n`);
    return deferred.promise;
  }

  close(): void {
    this.socket?.end();
  }

  // PLC replies look like "DONE FILL level=2.41" or "FAULT OPEN_UPPER paddle jammed".
  private handleLine(line: string): void {
    const [status, cmd, ...rest] = line.trim().split(/\s+/);
    const deferred = cmd ? this.waiting.get(cmd) : undefined;
    if (!deferred) return;
    this.waiting.delete(cmd);
    if (status === 'DONE') {
      deferred.resolve({ command: cmd as GateCommand, detail: rest.join(' ') });
    } else {
      deferred.reject(new Error(`${cmd} fault: ${rest.join(' ') || status}`));
    }
  }
}

/** Boat is waiting below the lock: bring the chamber down, let it in, raise it, let it out. */
export async function passBoatUpstream(link: LockGateLink, onStep: (step: string) => void): Promise<void> {
  const sequence: GateCommand[] = ['CLOSE_UPPER', 'DRAIN', 'OPEN_LOWER', 'CLOSE_LOWER', 'FILL', 'OPEN_UPPER'];
  for (const step of sequence) {
    const report = await link.command(step);
    onStep(`${step}: ${report.detail || 'ok'}`);
  }
}
