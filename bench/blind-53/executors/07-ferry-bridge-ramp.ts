// expect: none
// Each pending command's withResolvers deferred is settled exactly once: by its reply, its timeout (which is cleared on reply), or the socket closing, and is deleted from the map first.
import * as net from 'node:net';
import * as readline from 'node:readline';

export type RampCommand = 'raise' | 'lower' | 'lock' | 'unlock' | 'status';

export interface RampReply {
  id: number;
  ok: boolean;
  angleDeg: number;
  hydraulicBar: number;
  error?: string;
}

interface Pending {
  deferred: PromiseWithResolvers<RampReply>;
  timer: NodeJS.Timeout;
  command: RampCommand;
}

export class RampGateway {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly socket: net.Socket;

  constructor(host: string, port: number, private readonly commandTimeoutMs = 15_000) {
    this.socket = net.createConnection({ host, port });
    const lines = readline.createInterface({ input: this.socket });
    lines.on('line', (line) => this.onLine(line));
    this.socket.on('error', (err) => this.failAll(err));
    this.socket.on('close', () => this.failAll(new Error('ramp gateway connection closed')));
  }

  send(command: RampCommand, args: Record<string, number> = {}): Promise<RampReply> {
    const id = this.nextId++;
    const deferred = Promise.withResolvers<RampReply>();
    const timer = setTimeout(() => {
      if (this.pending.delete(id)) {
        deferred.reject(new Error(`ramp command ${command} (#${id}) timed out`));
      }
    }, this.commandTimeoutMs);
    this.pending.set(id, { deferred, timer, command });
    this.socket.write(JSON.stringify({ id, command, ...args }) + '\n');
    return deferred.promise;
  }

  private onLine(line: string): void {
    let reply: RampReply;
    try {
      reply = JSON.parse(line) as RampReply;
    } catch {
      return;
    }
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    clearTimeout(entry.timer);
    if (reply.ok) {
      entry.deferred.resolve(reply);
    } else {
      entry.deferred.reject(new Error(`ramp refused ${entry.command}: ${reply.error ?? 'unknown'}`));
    }
  }

  private failAll(err: Error): void {
    const entries = [...this.pending.values()];
    this.pending.clear();
    for (const entry of entries) {
      clearTimeout(entry.timer);
      entry.deferred.reject(err);
    }
  }

  close(): void {
    this.socket.end();
  }
}

export async function lowerForBoarding(gateway: RampGateway, tideOffsetCm: number): Promise<number> {
  const status = await gateway.send('status');
  if (status.hydraulicBar < 120) {
    throw new Error(`hydraulic pressure ${status.hydraulicBar} bar too low to move ramp`);
  }
  // at low tide the ramp must tilt further to meet the car deck
  const angle = Math.max(-12, Math.min(8, -tideOffsetCm / 25));
  await gateway.send('unlock');
  const lowered = await gateway.send('lower', { angle });
  await gateway.send('lock');
  return lowered.angleDeg;
}
