// expect: no-multiple-settle
// The lock promise settles on a reply line, a socket error or an idle timeout, but if the controller simply closes the connection without replying nothing ever settles it.
import { connect, type Socket } from 'node:net';

export interface LockControllerAddress {
  host: string;
  port: number;
}

export interface LockOutcome {
  gondola: number;
  lockedAt: Date;
  controllerRef: string;
}

export class GondolaLockClient {
  constructor(
    private readonly addr: LockControllerAddress,
    private readonly idleMs = 4_000,
  ) {}

  private exchange(command: string): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      const socket: Socket = connect(this.addr.port, this.addr.host);
      let buffer = '';
      socket.setEncoding('utf8');
      socket.setTimeout(this.idleMs);

      socket.on('connect', () => {
        socket.write(`${command}\n`);
      });

      socket.on('data', (chunk: string) => {
        buffer += chunk;
        const nl = buffer.indexOf('\n');
        if (nl === -1) return;
        const line = buffer.slice(0, nl).trim();
        socket.destroy();
        resolve(line);
      });

      socket.on('timeout', () => {
        socket.destroy();
        reject(new Error(`lock controller ${this.addr.host} idle for ${this.idleMs}ms after "${command}"`));
      });

      socket.on('error', (err) => {
        socket.destroy();
        reject(err);
      });
    });
  }

  async lock(gondola: number): Promise<LockOutcome> {
    const reply = await this.exchange(`LOCK ${gondola}`);
    const [verb, ref] = reply.split(' ');
    if (verb !== 'LOCKED') {
      throw new Error(`controller refused lock for gondola ${gondola}: ${reply}`);
    }
    return { gondola, lockedAt: new Date(), controllerRef: ref ?? '' };
  }

  async unlock(gondola: number): Promise<void> {
    const reply = await this.exchange(`UNLOCK ${gondola}`);
    if (!reply.startsWith('UNLOCKED')) {
      throw new Error(`controller refused unlock for gondola ${gondola}: ${reply}`);
    }
  }

  async lockForBoarding(gondolas: readonly number[]): Promise<LockOutcome[]> {
    const locked: LockOutcome[] = [];
    try {
      for (const g of gondolas) {
        locked.push(await this.lock(g));
      }
      return locked;
    } catch (err) {
      for (const outcome of locked.reverse()) {
        await this.unlock(outcome.gondola).catch(() => undefined);
      }
      throw err;
    }
  }
}
