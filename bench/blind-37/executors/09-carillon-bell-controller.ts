// expect: none
// The shared 'ack' listener ignores other sequence numbers and every settle path runs cleanup, so each strike settles once.
import type { EventEmitter } from 'node:events';

interface StrikeCommand {
  seq: number;
  bell: number;
  velocity: number;
}

interface StrikeAck {
  seq: number;
  status: 'ok' | 'fault';
  detail?: string;
}

interface BellConsole extends EventEmitter {
  send(command: StrikeCommand): void;
}

const ACK_TIMEOUT_MS = 800;

export class CarillonController {
  private nextSeq = 1;

  constructor(
    private readonly console: BellConsole,
    private readonly bellCount: number,
  ) {}

  strike(bell: number, velocity: number): Promise<StrikeAck> {
    if (bell < 1 || bell > this.bellCount) {
      return Promise.reject(new RangeError(`bell ${bell} is not in the ${this.bellCount}-bell instrument`));
    }
    const seq = this.nextSeq++;

    return new Promise<StrikeAck>((resolve, reject) => {
      const cleanup = () => {
        clearTimeout(timer);
        this.console.off('ack', onAck);
        this.console.off('disconnect', onDisconnect);
      };
      const onAck = (ack: StrikeAck) => {
        if (ack.seq !== seq) return;
        cleanup();
        if (ack.status === 'fault') {
          reject(new Error(`bell ${bell} fault: ${ack.detail ?? 'unknown'}`));
        } else {
          resolve(ack);
        }
      };
      const onDisconnect = () => {
        cleanup();
        reject(new Error('clavier console disconnected'));
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no acknowledgement for bell ${bell} within ${ACK_TIMEOUT_MS}ms`));
      }, ACK_TIMEOUT_MS);

      this.console.on('ack', onAck);
      this.console.once('disconnect', onDisconnect);
      try {
        this.console.send({ seq, bell, velocity });
      } catch (err) {
        cleanup();
        reject(err);
      }
    });
  }

  async ringRows(rows: number[][], rowGapMs: number): Promise<number> {
    let strikes = 0;
    for (const row of rows) {
      for (const bell of row) {
        await this.strike(bell, bell <= 4 ? 90 : 70);
        strikes++;
      }
      await new Promise<void>((resolve) => setTimeout(resolve, rowGapMs));
    }
    return strikes;
  }
}

export function plainHunt(stage: number): number[][] {
  let row = Array.from({ length: stage }, (_, i) => i + 1);
  const rows = [row];
  for (let change = 0; change < stage * 2; change++) {
    const next = [...row];
    const start = change % 2 === 0 ? 0 : 1;
    for (let i = start; i + 1 < stage; i += 2) {
      [next[i], next[i + 1]] = [next[i + 1], next[i]];
    }
    rows.push(next);
    row = next;
  }
  return rows;
}
