// expect: no-read-before-settle
// summarise() starts loading the site's gust threshold and assigns it in .then, but counts gusts synchronously right after, so it always uses the default threshold.
export interface WindSample {
  at: number;
  speedKph: number;
  directionDeg: number;
}

export interface SockSite {
  siteId: string;
  sockLengthM: number;
  heightM: number;
}

export interface WindSummary {
  siteId: string;
  meanKph: number;
  maxKph: number;
  gusts: number;
  gustThresholdKph: number;
  prevailingDeg: number;
}

declare const siteConfig: {
  gustThresholdKph(siteId: string): Promise<number>;
};

declare const log: {
  warn(message: string, meta?: Record<string, unknown>): void;
};

const DEFAULT_GUST_THRESHOLD_KPH = 30;

function circularMeanDeg(degrees: readonly number[]): number {
  let x = 0;
  let y = 0;
  for (const d of degrees) {
    const r = (d * Math.PI) / 180;
    x += Math.cos(r);
    y += Math.sin(r);
  }
  const deg = (Math.atan2(y, x) * 180) / Math.PI;
  return Math.round((deg + 360) % 360);
}

export class SockSampler {
  private readonly samples: WindSample[] = [];

  constructor(private readonly site: SockSite, private readonly windowMs = 10 * 60_000) {}

  add(sample: WindSample): void {
    this.samples.push(sample);
    const cutoff = sample.at - this.windowMs;
    while (this.samples.length && this.samples[0].at < cutoff) {
      this.samples.shift();
    }
  }

  summarise(): WindSummary {
    if (this.samples.length === 0) {
      throw new Error(`no wind samples for ${this.site.siteId}`);
    }

    let gustThresholdKph = DEFAULT_GUST_THRESHOLD_KPH;
    siteConfig.gustThresholdKph(this.site.siteId).then(
      (value) => {
        gustThresholdKph = value;
      },
      (err: unknown) => log.warn('using default gust threshold', { siteId: this.site.siteId, err: String(err) }),
    );

    const speeds = this.samples.map((s) => s.speedKph);
    const meanKph = speeds.reduce((a, b) => a + b, 0) / speeds.length;
    // WMO: a gust is a peak exceeding the mean by at least 10 knots (~18.5 km/h).
    const gusts = speeds.filter((v) => v >= gustThresholdKph && v - meanKph >= 18.5).length;

    return {
      siteId: this.site.siteId,
      meanKph: +meanKph.toFixed(1),
      maxKph: Math.max(...speeds),
      gusts,
      gustThresholdKph,
      prevailingDeg: circularMeanDeg(this.samples.map((s) => s.directionDeg)),
    };
  }
}
