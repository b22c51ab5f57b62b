// expect: none
// The per-region async callbacks are given to map and the resulting promises are awaited together with Promise.all; forEach is only used for synchronous validation.
export type DangerLevel = 1 | 2 | 3 | 4 | 5;

export interface RegionForecast {
  regionId: string;
  name: string;
  level: DangerLevel;
  aspects: string[];
  elevationAboveM: number;
  problems: Array<'wind-slab' | 'persistent-weak-layer' | 'wet-snow' | 'new-snow' | 'gliding-snow'>;
}

export interface Subscriber {
  id: string;
  channel: 'sms' | 'email' | 'app';
  address: string;
}

export interface SubscriberStore {
  forRegion(regionId: string): Promise<Subscriber[]>;
}

export interface Dispatcher {
  deliver(sub: Subscriber, subject: string, body: string): Promise<void>;
}

export interface FanoutResult {
  regionId: string;
  delivered: number;
}

const LEVEL_NAMES = ['', 'Low', 'Moderate', 'Considerable', 'High', 'Very High'] as const;

function render(f: RegionForecast, issuedAt: Date): { subject: string; body: string } {
  const subject = `${f.name}: avalanche danger ${f.level} (${LEVEL_NAMES[f.level]})`;
  const body = [
    `Issued ${issuedAt.toISOString()}`,
    `Danger level ${f.level} above ${f.elevationAboveM} m on ${f.aspects.join('/')} aspects.`,
    `Main problems: ${f.problems.join(', ') || 'none reported'}.`,
  ].join('\n');
  return { subject, body };
}

export class BulletinFanout {
  constructor(
    private readonly subscribers: SubscriberStore,
    private readonly dispatcher: Dispatcher,
  ) {}

  async publish(forecasts: RegionForecast[], issuedAt = new Date()): Promise<FanoutResult[]> {
    forecasts.forEach((f) => {
      if (f.level < 1 || f.level > 5) throw new RangeError(`${f.regionId} has invalid level ${f.level}`);
      if (f.aspects.length === 0) throw new Error(`${f.regionId} has no aspects`);
    });

    return Promise.all(
      forecasts.map(async (forecast) => {
        const subs = await this.subscribers.forRegion(forecast.regionId);
        const { subject, body } = render(forecast, issuedAt);
        await Promise.all(subs.map((sub) => this.dispatcher.deliver(sub, subject, body)));
        return { regionId: forecast.regionId, delivered: subs.length };
      }),
    );
  }
}
