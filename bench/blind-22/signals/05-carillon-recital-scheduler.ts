// expect: no-leaked-race
// waitForClavier races the console handshake against a setTimeout that is never cleared, so every successful handshake leaves a pending timer behind.
import { EventEmitter } from 'node:events';

export interface BellPlan {
  bell: string;
  midiNote: number;
  velocity: number;
  atMs: number;
}

export interface RecitalPiece {
  title: string;
  composer: string;
  plan: BellPlan[];
}

declare const clavierConsole: {
  handshake(towerId: string): Promise<{ firmware: string; bells: number }>;
  strike(note: number, velocity: number): Promise<void>;
};

export class RecitalScheduler extends EventEmitter {
  private queue: RecitalPiece[] = [];
  private running = false;

  constructor(
    private readonly towerId: string,
    private readonly handshakeTimeoutMs = 3000,
  ) {
    super();
  }

  enqueue(piece: RecitalPiece): void {
    this.queue.push(piece);
    this.emit('queued', piece.title, this.queue.length);
  }

  private waitForClavier(): Promise<{ firmware: string; bells: number }> {
    return Promise.race([
      clavierConsole.handshake(this.towerId),
      new Promise<never>((_, reject) =>
        setTimeout(
          () => reject(new Error(`Clavier in tower ${this.towerId} did not answer in ${this.handshakeTimeoutMs} ms`)),
          this.handshakeTimeoutMs,
        ),
      ),
    ]);
  }

  async playAll(): Promise<number> {
    if (this.running) throw new Error('Recital already in progress');
    this.running = true;
    let played = 0;
    try {
      while (this.queue.length > 0) {
        const piece = this.queue.shift()!;
        const info = await this.waitForClavier();
        // MIDI note 36 is the bourdon, the lowest bell on this instrument.
        const maxNote = Math.max(...piece.plan.map((p) => p.midiNote));
        if (maxNote - 36 >= info.bells) {
          this.emit('skipped', piece.title, `needs more than ${info.bells} bells`);
          continue;
        }
        await this.perform(piece);
        played++;
        this.emit('played', piece.title);
      }
    } finally {
      this.running = false;
    }
    return played;
  }

  private async perform(piece: RecitalPiece): Promise<void> {
    const start = Date.now();
    const ordered = [...piece.plan].sort((a, b) => a.atMs - b.atMs);
    for (const strike of ordered) {
      const wait = strike.atMs - (Date.now() - start);
      if (wait > 0) {
        await new Promise<void>((resolve) => setTimeout(resolve, wait));
      }
      await clavierConsole.strike(strike.midiNote, strike.velocity);
    }
  }
}
