// expect: none
// The strike log and lastStrikeAt are assigned in listeners and only read inside later listeners or after awaiting once(..., 'finished').
import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface BellStrike {
  bell: number;
  velocity: number;
  atMs: number;
}

export interface RecitalPiece {
  title: string;
  composer: string;
  notes: Array<{ bell: number; velocity: number; delayMs: number }>;
}

declare const towerArchive: {
  saveRecital(record: { title: string; strikes: number; durationMs: number; heaviestBell: number }): Promise<void>;
};

export class ClavierPlayer extends EventEmitter {
  private stopped = false;

  constructor(private readonly bellCount: number) {
    super();
  }

  async play(piece: RecitalPiece, signal?: AbortSignal): Promise<void> {
    this.stopped = false;
    const startedAt = Date.now();
    for (const note of piece.notes) {
      if (this.stopped || signal?.aborted) break;
      await sleep(note.delayMs, undefined, { signal }).catch(() => undefined);
      if (note.bell < 1 || note.bell > this.bellCount) continue;
      this.emit('strike', { bell: note.bell, velocity: note.velocity, atMs: Date.now() - startedAt } satisfies BellStrike);
    }
    this.emit('finished', Date.now() - startedAt);
  }

  stop(): void {
    this.stopped = true;
  }
}

export async function performAndArchive(player: ClavierPlayer, piece: RecitalPiece, signal?: AbortSignal): Promise<void> {
  const strikes: BellStrike[] = [];
  let lastStrikeAt = 0;

  const onStrike = (strike: BellStrike) => {
    strikes.push(strike);
    // Flag unusually long gaps so the carillonneur can review the clavier linkage.
    if (strikes.length > 1 && strike.atMs - lastStrikeAt > 4_000) {
      player.emit('gap', { afterBell: strikes[strikes.length - 2].bell, gapMs: strike.atMs - lastStrikeAt });
    }
    lastStrikeAt = strike.atMs;
  };
  player.on('strike', onStrike);

  const finished = once(player, 'finished', { signal });
  void player.play(piece, signal);

  try {
    const [durationMs] = (await finished) as [number];
    const heaviestBell = strikes.reduce((max, s) => Math.max(max, s.bell), 0);
    await towerArchive.saveRecital({
      title: `${piece.title} (${piece.composer})`,
      strikes: strikes.length,
      durationMs: Math.max(durationMs, lastStrikeAt),
      heaviestBell,
    });
  } finally {
    player.off('strike', onStrike);
  }
}
