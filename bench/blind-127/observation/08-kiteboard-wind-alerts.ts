// expect: none
// The gust listener chains a catch onto the async recall and records the failure, so the promise it starts is always handled.
import { EventEmitter } from 'node:events';

export interface GustReading {
  beach: string;
  knots: number;
  direction: number;
  at: Date;
}

interface RentalRoster {
  ridersOnWater(beach: string): Promise<Array<{ rentalId: string; phone: string; kiteSizeM2: number }>>;
}

interface SmsGateway {
  send(phone: string, text: string): Promise<void>;
}

export interface RecallFailure {
  beach: string;
  at: Date;
  message: string;
}

export class WindRecallService extends EventEmitter {
  readonly failures: RecallFailure[] = [];
  private readonly recalling = new Set<string>();

  constructor(
    private readonly station: EventEmitter,
    private readonly roster: RentalRoster,
    private readonly sms: SmsGateway,
    private readonly recallKnots = 32,
  ) {
    super();
    this.station.on('gust', (gust: GustReading) => {
      if (gust.knots < this.recallKnots || this.recalling.has(gust.beach)) return;
      this.recallRiders(gust).catch((err: unknown) => this.recordFailure(gust, err));
    });
  }

  private async recallRiders(gust: GustReading): Promise<void> {
    this.recalling.add(gust.beach);
    try {
      const riders = await this.roster.ridersOnWater(gust.beach);
      const exposed = riders.filter((r) => r.kiteSizeM2 >= this.safeKiteSize(gust.knots));
      await Promise.all(
        exposed.map((r) =>
          this.sms.send(r.phone, `Gusts of ${gust.knots} kn at ${gust.beach}. Please return rental ${r.rentalId} to shore now.`),
        ),
      );
      this.emit('recalled', { beach: gust.beach, riders: exposed.length });
    } finally {
      this.recalling.delete(gust.beach);
    }
  }

  private safeKiteSize(knots: number): number {
    if (knots >= 40) return 0;
    if (knots >= 35) return 6;
    return 9;
  }

  private recordFailure(gust: GustReading, err: unknown): void {
    const failure = { beach: gust.beach, at: gust.at, message: err instanceof Error ? err.message : String(err) };
    this.failures.push(failure);
    this.emit('recall-failed', failure);
  }
}
