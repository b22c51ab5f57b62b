// expect: none
// Each pending command's deferred is removed from the map before it is settled, its timer is cleared on reply, and a port close rejects and clears every pending entry, so each deferred settles exactly once.
import { EventEmitter } from 'node:events';

export interface LockPort extends EventEmitter {
  write(line: string): void;
}

type LockCommand = 'OPEN' | 'CLOSE' | 'STATUS';

interface Pending {
  resolve: (reply: string) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export class LockController {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly port: LockPort, private readonly replyTimeoutMs = 2_000) {
    port.on('line', (line: string) => this.handleLine(line));
    port.on('close', () => this.failAll(new Error('lock bus closed')));
    port.on('error', (err: Error) => this.failAll(err));
  }

  send(lockId: string, command: LockCommand): Promise<string> {
    const id = this.nextId++;
    const { promise, resolve, reject } = Promise.withResolvers<string>();
    const timer = setTimeout(() => {
      if (this.pending.delete(id)) {
        reject(new Error(`lock ${lockId} did not answer ${command} within ${this.replyTimeoutMs}ms`));
      }
    }, this.replyTimeoutMs);
    this.pending.set(id, { resolve, reject, timer });
    this.port.write(`${id} ${lockId} ${command}\n`);
    return promise;
  }

  private handleLine(line: string): void {
    const match = /^(\d+) (OK|ERR) ?(.*)$/.exec(line.trim());
    if (!match) return;
    const id = Number(match[1]);
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    clearTimeout(entry.timer);
    if (match[2] === 'OK') entry.resolve(match[3] ?? '');
    else entry.reject(new Error(match[3] || 'lock reported an error'));
  }

  private failAll(err: Error): void {
    const entries = [...this.pending.values()];
    this.pending.clear();
    for (const entry of entries) {
      clearTimeout(entry.timer);
      entry.reject(err);
    }
  }
}

export async function releaseRoom(ctrl: LockController, lockIds: string[]): Promise<string[]> {
  const stillLocked: string[] = [];
  for (const lockId of lockIds) {
    const state = await ctrl.send(lockId, 'OPEN');
    if (state !== 'UNLOCKED') stillLocked.push(lockId);
  }
  return stillLocked;
}
