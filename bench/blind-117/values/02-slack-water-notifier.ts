// expect: no-promise-as-value
// The notification payload puts the un-awaited result of gauge.currentLevelM() into levelM, so subscribers receive an empty object instead of the measured water level.
export interface TideGauge {
  currentLevelM(station: string): Promise<number>;
  trend(station: string, minutes: number): Promise<'rising' | 'falling' | 'slack'>;
}

export interface TidePrediction {
  station: string;
  lowWaterAt: Date;
  lowWaterM: number;
  highWaterAt: Date;
  highWaterM: number;
}

export interface NotificationQueue {
  publish(channel: string, payload: Record<string, unknown>): Promise<{ messageId: string }>;
}

export interface SlackWindow {
  station: string;
  opensAt: Date;
  closesAt: Date;
}

const WORKABLE_LEVEL_M = 0.45;

function workableWindow(prediction: TidePrediction): SlackWindow | null {
  if (prediction.lowWaterM > WORKABLE_LEVEL_M) return null;
  const span = 75 * 60_000;
  return {
    station: prediction.station,
    opensAt: new Date(prediction.lowWaterAt.getTime() - span),
    closesAt: new Date(prediction.lowWaterAt.getTime() + span),
  };
}

export class SlackWaterNotifier {
  private readonly announced = new Set<string>();

  constructor(
    private readonly gauge: TideGauge,
    private readonly queue: NotificationQueue,
  ) {}

  async announce(prediction: TidePrediction, crew: string[]): Promise<string | null> {
    const window = workableWindow(prediction);
    if (!window) return null;

    const key = `${window.station}@${window.opensAt.toISOString()}`;
    if (this.announced.has(key)) return null;

    const trend = await this.gauge.trend(prediction.station, 30);
    if (trend === 'rising') return null;

    const { messageId } = await this.queue.publish('farm.crew.tides', {
      station: window.station,
      opensAt: window.opensAt.toISOString(),
      closesAt: window.closesAt.toISOString(),
      predictedLowM: prediction.lowWaterM,
      levelM: this.gauge.currentLevelM(prediction.station),
      trend,
      crew,
    });
    this.announced.add(key);
    return messageId;
  }

  async announceDay(predictions: TidePrediction[], crew: string[]): Promise<string[]> {
    const ids: string[] = [];
    for (const p of predictions) {
      const id = await this.announce(p, crew);
      if (id) ids.push(id);
    }
    return ids;
  }

  resetDay(): void {
    this.announced.clear();
  }
}
