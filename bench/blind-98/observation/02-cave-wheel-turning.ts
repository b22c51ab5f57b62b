// expect: none
// The async map callbacks are collected by Promise.all and awaited, so every wheel-turn promise is observed and a failed turn rejects turnShelf instead of escaping.
export interface Wheel {
  id: string;
  style: 'alpine' | 'clothbound' | 'washed-rind';
  shelf: string;
  lastTurnedAt: Date;
  brineDue: boolean;
}

export interface TurningRobot {
  flip(wheelId: string): Promise<void>;
  brush(wheelId: string, brine: 'light' | 'heavy'): Promise<void>;
}

export interface AgingLedger {
  wheelsOn(shelf: string): Promise<Wheel[]>;
  recordTurn(wheelId: string, at: Date, brined: boolean): Promise<void>;
}

export interface TurnSummary {
  shelf: string;
  turned: number;
  brined: number;
}

const TURN_EVERY_MS: Record<Wheel['style'], number> = {
  alpine: 48 * 3_600_000,
  clothbound: 7 * 24 * 3_600_000,
  'washed-rind': 24 * 3_600_000,
};

export class CaveShift {
  constructor(
    private readonly robot: TurningRobot,
    private readonly ledger: AgingLedger,
  ) {}

  private due(wheel: Wheel, now: number): boolean {
    return now - wheel.lastTurnedAt.getTime() >= TURN_EVERY_MS[wheel.style];
  }

  async turnShelf(shelf: string): Promise<TurnSummary> {
    const now = Date.now();
    const wheels = (await this.ledger.wheelsOn(shelf)).filter((w) => this.due(w, now));

    const brinedFlags = await Promise.all(
      wheels.map(async (wheel) => {
        await this.robot.flip(wheel.id);
        if (wheel.brineDue) {
          await this.robot.brush(wheel.id, wheel.style === 'washed-rind' ? 'heavy' : 'light');
        }
        await this.ledger.recordTurn(wheel.id, new Date(), wheel.brineDue);
        return wheel.brineDue;
      }),
    );

    return {
      shelf,
      turned: wheels.length,
      brined: brinedFlags.filter(Boolean).length,
    };
  }

  async turnCave(shelves: readonly string[]): Promise<TurnSummary[]> {
    const summaries: TurnSummary[] = [];
    for (const shelf of shelves) {
      summaries.push(await this.turnShelf(shelf));
    }
    return summaries;
  }
}
