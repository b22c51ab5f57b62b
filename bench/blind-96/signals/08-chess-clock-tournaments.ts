// expect: require-signal-propagation
// runRound passes its signal to the pairing fetch and the clock start, but waits for the arbiter's confirmation with events.once without { signal }, so aborting the round while the arbiter is away leaves it pending forever instead of rejecting.
import { EventEmitter, once } from 'node:events';

export interface Pairing {
  board: number;
  white: string;
  black: string;
}

export interface ClockBank {
  startAll(boards: number[], opts: { signal: AbortSignal }): Promise<void>;
}

export interface RoundOutcome {
  round: number;
  pairings: Pairing[];
  confirmedBy: string;
  startedAt: number;
}

export class Arbiter extends EventEmitter {
  confirm(name: string, round: number): void {
    this.emit('confirmed', name, round);
  }
}

export class RoundDirector {
  constructor(
    private readonly pairingUrl: string,
    private readonly clocks: ClockBank,
    private readonly arbiter: Arbiter,
  ) {}

  private async fetchPairings(round: number, signal: AbortSignal): Promise<Pairing[]> {
    const res = await fetch(`${this.pairingUrl}/rounds/${round}/pairings`, { signal });
    if (!res.ok) throw new Error(`pairings for round ${round} unavailable (HTTP ${res.status})`);
    const pairings = (await res.json()) as Pairing[];
    const seen = new Set<string>();
    for (const p of pairings) {
      for (const player of [p.white, p.black]) {
        if (seen.has(player)) throw new Error(`${player} is paired twice in round ${round}`);
        seen.add(player);
      }
    }
    return pairings;
  }

  async runRound(round: number, signal: AbortSignal): Promise<RoundOutcome> {
    const pairings = await this.fetchPairings(round, signal);
    this.arbiter.emit('pairings-ready', round, pairings);

    let confirmedBy = '';
    for (;;) {
      const [name, confirmedRound] = (await once(this.arbiter, 'confirmed')) as [string, number];
      if (confirmedRound === round) {
        confirmedBy = name;
        break;
      }
    }

    await this.clocks.startAll(
      pairings.map((p) => p.board),
      { signal },
    );
    return { round, pairings, confirmedBy, startedAt: Date.now() };
  }
}
