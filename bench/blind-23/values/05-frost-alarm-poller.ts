// expect: no-read-before-settle
// Bug: checkBlock sets this.lastTempC inside the .then callback but compares it against the threshold synchronously right after, so it always sees the previous poll's value (or NaN the first time).
export interface FrostSensor {
  blockId: string;
  readCanopyTemp(): Promise<number>;
}

interface AlarmChannel {
  page(growerPhone: string, message: string): Promise<void>;
}

declare const smsGateway: AlarmChannel;

export interface FrostAlarmOptions {
  thresholdC: number;
  growerPhone: string;
  pollMs: number;
  // Don't page again for the same block within this window.
  quietMs: number;
}

const DEFAULTS: FrostAlarmOptions = {
  thresholdC: 0.5,
  growerPhone: '+15550100',
  pollMs: 60_000,
  quietMs: 20 * 60_000,
};

export class BlockFrostAlarm {
  private lastTempC = Number.NaN;
  private lastPagedAt = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly opts: FrostAlarmOptions;

  constructor(
    private readonly sensor: FrostSensor,
    opts: Partial<FrostAlarmOptions> = {},
    private readonly channel: AlarmChannel = smsGateway,
  ) {
    this.opts = { ...DEFAULTS, ...opts };
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.checkBlock(), this.opts.pollMs);
    this.timer.unref();
    this.checkBlock();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  get temperature(): number {
    return this.lastTempC;
  }

  private checkBlock(): void {
    this.sensor
      .readCanopyTemp()
      .then((t) => {
        this.lastTempC = Math.round(t * 10) / 10;
      })
      .catch((err) => console.error(`sensor ${this.sensor.blockId} unreadable`, err));

    if (this.lastTempC <= this.opts.thresholdC) {
      this.raise();
    }
  }

  private raise(): void {
    const now = Date.now();
    if (now - this.lastPagedAt < this.opts.quietMs) return;
    this.lastPagedAt = now;
    const msg = `Frost risk in block ${this.sensor.blockId}: canopy ${this.lastTempC}°C (threshold ${this.opts.thresholdC}°C). Start wind machines.`;
    this.channel.page(this.opts.growerPhone, msg).catch((err) => {
      // Allow a retry on the next poll if the page didn't go through.
      this.lastPagedAt = 0;
      console.error('frost page failed', err);
    });
  }
}

export function armVineyard(sensors: FrostSensor[], opts?: Partial<FrostAlarmOptions>): () => void {
  const alarms = sensors.map((s) => new BlockFrostAlarm(s, opts));
  alarms.forEach((a) => a.start());
  return () => alarms.forEach((a) => a.stop());
}
