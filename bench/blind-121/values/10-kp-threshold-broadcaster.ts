// expect: no-read-before-settle
// tick() assigns this.currentKp inside the .then() callback and compares it against the threshold synchronously on the next line, so every decision uses the previous tick's value.
export interface KpSample {
  kp: number;
  bzNt: number;
  observedAt: string;
}

export interface SpaceWeatherClient {
  latestKp(): Promise<KpSample>;
}

export interface Subscriber {
  id: string;
  region: string;
  minKp: number;
}

export interface PushService {
  push(subscriberId: string, title: string, body: string): Promise<void>;
}

export class KpThresholdBroadcaster {
  private currentKp = 0;
  private lastBroadcastKp = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly client: SpaceWeatherClient,
    private readonly push: PushService,
    private readonly subscribers: () => Subscriber[],
    private readonly log: (msg: string) => void = console.log,
  ) {}

  start(intervalMs = 60_000): void {
    this.timer = setInterval(() => {
      this.tick().catch((err: unknown) => this.log(`tick failed: ${String(err)}`));
    }, intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  async tick(): Promise<number> {
    this.client.latestKp().then(
      (sample) => {
        this.currentKp = sample.kp;
      },
      (err: unknown) => this.log(`space weather feed unavailable: ${String(err)}`),
    );

    if (this.currentKp <= this.lastBroadcastKp) {
      if (this.currentKp < this.lastBroadcastKp - 1) this.lastBroadcastKp = this.currentKp;
      return 0;
    }

    const kp = this.currentKp;
    const targets = this.subscribers().filter((s) => kp >= s.minKp);
    for (const sub of targets) {
      await this.push.push(sub.id, `Aurora alert: Kp ${kp}`, `Geomagnetic activity is up over ${sub.region}. Head somewhere dark.`);
    }
    this.lastBroadcastKp = kp;
    return targets.length;
  }
}
