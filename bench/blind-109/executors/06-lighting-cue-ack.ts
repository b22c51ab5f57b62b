// expect: none
// The ack waiter uses a repeating 'ack' listener, but every exit path (matching ack, link error, link close, timeout) runs cleanup first, which clears the timer and removes all three listeners, so the promise settles once.
import { EventEmitter } from 'node:events';

export interface CueAck {
  cueId: string;
  channels: number;
  at: number;
}

export interface LightingCue {
  id: string;
  fadeMs: number;
  levels: Record<number, number>;
}

export interface ConsoleLink extends EventEmitter {
  write(frame: string): void;
}

export class CueTimeoutError extends Error {
  constructor(readonly cueId: string, readonly ms: number) {
    super(`console did not acknowledge cue ${cueId} within ${ms} ms`);
    this.name = 'CueTimeoutError';
  }
}

export class CueRunner {
  private seq = 0;

  constructor(private readonly link: ConsoleLink, private readonly ackTimeoutMs = 750) {}

  go(cue: LightingCue): Promise<CueAck> {
    return this.sendAndWait(cue.id, this.encode(cue));
  }

  private encode(cue: LightingCue): string {
    const levels = Object.entries(cue.levels)
      .map(([ch, level]) => `${ch}@${Math.round(level)}`)
      .join(',');
    this.seq += 1;
    return `GO ${this.seq} ${cue.id} T${cue.fadeMs} ${levels}\r\n`;
  }

  private sendAndWait(cueId: string, frame: string): Promise<CueAck> {
    return new Promise<CueAck>((resolve, reject) => {
      const onAck = (ack: CueAck) => {
        if (ack.cueId !== cueId) return;
        cleanup();
        resolve(ack);
      };
      const onError = (err: Error) => {
        cleanup();
        reject(err);
      };
      const onClose = () => {
        cleanup();
        reject(new Error(`console link closed while waiting for cue ${cueId}`));
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new CueTimeoutError(cueId, this.ackTimeoutMs));
      }, this.ackTimeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.link.off('ack', onAck);
        this.link.off('error', onError);
        this.link.off('close', onClose);
      };

      this.link.on('ack', onAck);
      this.link.on('error', onError);
      this.link.on('close', onClose);

      try {
        this.link.write(frame);
      } catch (err) {
        cleanup();
        reject(err as Error);
      }
    });
  }
}

export async function runSequence(runner: CueRunner, cues: LightingCue[]): Promise<CueAck[]> {
  const acks: CueAck[] = [];
  for (const cue of cues) {
    acks.push(await runner.go(cue));
  }
  return acks;
}
