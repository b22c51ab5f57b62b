// expect: no-promise-as-value
// The body sent to the federation nests the un-awaited promise from this.handicapFor(), which JSON.stringify serialises as an empty object.
export type ShotResult = 'kill' | 'loss' | 'no-bird';

export interface StandCard {
  stand: number;
  shots: ShotResult[];
}

export interface Shooter {
  id: string;
  name: string;
  classification: 'AA' | 'A' | 'B' | 'C' | 'unclassified';
}

export interface HandicapService {
  handicap(shooterId: string, discipline: 'sporting' | 'skeet' | 'trap'): Promise<number>;
}

export interface ScorecardSubmission {
  shooter: Shooter;
  competition: string;
  cards: StandCard[];
}

export function kills(cards: readonly StandCard[]): number {
  return cards.reduce((sum, c) => sum + c.shots.filter((s) => s === 'kill').length, 0);
}

export function countedShots(cards: readonly StandCard[]): number {
  return cards.reduce((sum, c) => sum + c.shots.filter((s) => s !== 'no-bird').length, 0);
}

export class ScorecardSubmitter {
  constructor(
    private readonly federationUrl: string,
    private readonly handicaps: HandicapService,
  ) {}

  private async handicapFor(shooter: Shooter): Promise<number> {
    if (shooter.classification === 'unclassified') return 0;
    return this.handicaps.handicap(shooter.id, 'sporting');
  }

  async submit(sub: ScorecardSubmission): Promise<{ receipt: string; gross: number }> {
    const gross = kills(sub.cards);
    const shots = countedShots(sub.cards);
    if (shots !== 100 && shots !== 50) {
      throw new Error(`${sub.shooter.name} has ${shots} counted shots, expected 50 or 100`);
    }

    const payload = {
      competition: sub.competition,
      shooterId: sub.shooter.id,
      classification: sub.shooter.classification,
      gross,
      handicap: this.handicapFor(sub.shooter),
      stands: sub.cards.map((c) => ({ stand: c.stand, kills: c.shots.filter((s) => s === 'kill').length })),
    };

    const res = await fetch(`${this.federationUrl}/competitions/${sub.competition}/scores`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
    if (!res.ok) throw new Error(`federation rejected scorecard for ${sub.shooter.name}: ${res.status}`);
    const { receipt } = (await res.json()) as { receipt: string };
    return { receipt, gross };
  }
}
