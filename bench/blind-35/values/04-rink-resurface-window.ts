// expect: no-read-before-settle
// planNext() calls refreshIce(), whose .then writes this.iceTempC later, and then reads this.iceTempC synchronously, so it always plans with the previous (or no) reading.
export interface IceSession {
  name: string;
  kind: 'public skate' | 'figure' | 'hockey' | 'curling' | 'lessons';
  startsAt: Date;
  endsAt: Date;
}

export interface ResurfacePlan {
  before: string;
  startAt: Date;
  minutes: number;
  waterLitres: number;
  reason: string;
}

declare const iceSensors: {
  surfaceTemperatureC(rinkId: string): Promise<number>;
};

declare const rinkLog: {
  warn(message: string, fields?: Record<string, unknown>): void;
};

const HEAVY_WEAR: ReadonlySet<IceSession['kind']> = new Set(['hockey', 'public skate']);

export class ResurfacePlanner {
  private iceTempC: number | undefined;

  constructor(private readonly rinkId: string) {}

  refreshIce(): void {
    iceSensors.surfaceTemperatureC(this.rinkId).then(
      (celsius) => {
        this.iceTempC = celsius;
      },
      (err: Error) => rinkLog.warn('ice temperature unavailable', { rinkId: this.rinkId, error: err.message }),
    );
  }

  private waterFor(previous: IceSession | undefined): number {
    // Hockey and crowded public sessions gouge the ice: lay more water after them.
    let litres = previous && HEAVY_WEAR.has(previous.kind) ? 600 : 400;
    // Soft ice takes water poorly; a thinner flood sets faster.
    if (this.iceTempC !== undefined && this.iceTempC > -4) litres -= 100;
    return litres;
  }

  planNext(sessions: IceSession[], now = new Date()): ResurfacePlan | null {
    this.refreshIce();
    const upcoming = sessions.filter((s) => s.startsAt > now).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    const next = upcoming[0];
    if (!next) return null;

    const previous = sessions
      .filter((s) => s.endsAt <= next.startsAt)
      .sort((a, b) => b.endsAt.getTime() - a.endsAt.getTime())[0];

    const soft = this.iceTempC !== undefined && this.iceTempC > -4;
    const minutes = next.kind === 'curling' ? 25 : soft ? 15 : 12;
    const startAt = new Date(next.startsAt.getTime() - minutes * 60_000);
    if (previous && previous.endsAt > startAt) {
      rinkLog.warn('not enough gap to resurface before next session', { next: next.name, previous: previous.name });
    }
    return {
      before: next.name,
      startAt,
      minutes,
      waterLitres: this.waterFor(previous),
      reason: soft ? `ice soft at ${this.iceTempC?.toFixed(1)}°C, extra setting time` : 'standard flood',
    };
  }
}
