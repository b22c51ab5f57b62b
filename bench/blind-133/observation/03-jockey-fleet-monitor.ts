// expect: none
// The event listeners are synchronous and hand each async handler's promise to a .catch that reports failures, so nothing the listeners start is left floating.
import type { EventEmitter } from 'node:events';

export interface LapEvent {
  raceId: string;
  jockeyId: string;
  camel: string;
  lap: number;
  lapSeconds: number;
  batteryPct: number;
}

export interface DisqualificationEvent {
  raceId: string;
  jockeyId: string;
  reason: string;
}

export interface LapStore {
  insertLap(lap: LapEvent): Promise<void>;
  flagForRecall(jockeyId: string, reason: string): Promise<void>;
  voidResults(raceId: string, jockeyId: string): Promise<number>;
}

export interface Logger {
  info(msg: string): void;
  error(msg: string, err: unknown): void;
}

export class JockeyFleetMonitor {
  private readonly lowBattery = new Set<string>();

  constructor(
    private readonly feed: EventEmitter,
    private readonly store: LapStore,
    private readonly log: Logger,
  ) {}

  attach(): void {
    this.feed.on('lap', this.onLap);
    this.feed.on('disqualified', this.onDisqualified);
  }

  detach(): void {
    this.feed.off('lap', this.onLap);
    this.feed.off('disqualified', this.onDisqualified);
  }

  private readonly onLap = (lap: LapEvent): void => {
    this.recordLap(lap).catch((err: unknown) =>
      this.log.error(`could not record lap ${lap.lap} for ${lap.jockeyId}`, err),
    );
  };

  private readonly onDisqualified = (event: DisqualificationEvent): void => {
    this.handleDisqualification(event).catch((err: unknown) =>
      this.log.error(`could not void results for ${event.jockeyId}`, err),
    );
  };

  private async recordLap(lap: LapEvent): Promise<void> {
    await this.store.insertLap(lap);
    if (lap.batteryPct < 15 && !this.lowBattery.has(lap.jockeyId)) {
      this.lowBattery.add(lap.jockeyId);
      await this.store.flagForRecall(lap.jockeyId, `battery at ${lap.batteryPct}% on lap ${lap.lap}`);
    }
  }

  private async handleDisqualification(event: DisqualificationEvent): Promise<void> {
    const voided = await this.store.voidResults(event.raceId, event.jockeyId);
    await this.store.flagForRecall(event.jockeyId, `disqualified: ${event.reason}`);
    this.log.info(`voided ${voided} laps of ${event.jockeyId} in ${event.raceId}`);
  }
}
