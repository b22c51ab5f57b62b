// expect: none
// Async functions are passed as callbacks (to map, an event listener and a timer wrapper) and the readiness check is called and awaited, so every promise is actually produced and consumed.
import { EventEmitter } from 'node:events';

export interface WindSample {
  siteId: string;
  surfaceKnots: number;
  gustKnots: number;
  aloftKnots: number;
  sampledAt: number;
}

export interface EnvelopeCert {
  balloonId: string;
  expiresOn: string;
  fabricTestPassed: boolean;
}

declare function loadEnvelopeCert(balloonId: string): Promise<EnvelopeCert>;
declare function fetchWindSample(siteId: string): Promise<WindSample>;
declare function notifyCrew(balloonId: string, message: string): Promise<void>;

const MAX_SURFACE_KNOTS = 8;
const MAX_GUST_SPREAD = 5;

export class LaunchBoard extends EventEmitter {
  private latestWind: WindSample | null = null;
  private certs = new Map<string, EnvelopeCert>();
  private poller: NodeJS.Timeout | null = null;

  constructor(
    private readonly siteId: string,
    private readonly balloonIds: string[],
  ) {
    super();
    this.on('wind', this.onWindSample);
  }

  async prepare(): Promise<void> {
    const certs = await Promise.all(this.balloonIds.map(loadEnvelopeCert));
    for (const cert of certs) this.certs.set(cert.balloonId, cert);
    this.poller = setInterval(() => void this.pollWind(), 60_000);
    await this.pollWind();
  }

  stop(): void {
    if (this.poller) clearInterval(this.poller);
    this.poller = null;
  }

  private async pollWind(): Promise<void> {
    try {
      this.emit('wind', await fetchWindSample(this.siteId));
    } catch (err) {
      this.emit('error', err);
    }
  }

  private onWindSample = async (sample: WindSample): Promise<void> => {
    const wasCalm = this.latestWind ? this.windIsFlyable(this.latestWind) : true;
    this.latestWind = sample;
    if (wasCalm && !this.windIsFlyable(sample)) {
      try {
        await Promise.all(this.balloonIds.map((id) => notifyCrew(id, 'Hold: surface wind above limits')));
      } catch (err) {
        console.error(`[${this.siteId}] could not notify all crews of wind hold`, err);
      }
    }
  };

  private windIsFlyable(sample: WindSample): boolean {
    return sample.surfaceKnots <= MAX_SURFACE_KNOTS && sample.gustKnots - sample.surfaceKnots <= MAX_GUST_SPREAD;
  }

  async isClearedForLaunch(balloonId: string): Promise<boolean> {
    const cert = this.certs.get(balloonId) ?? (await loadEnvelopeCert(balloonId));
    const certValid = cert.fabricTestPassed && new Date(cert.expiresOn).getTime() > Date.now();
    const wind = this.latestWind ?? (await fetchWindSample(this.siteId));
    return certValid && this.windIsFlyable(wind);
  }

  async releaseNext(queue: string[]): Promise<string | null> {
    for (const balloonId of queue) {
      if (await this.isClearedForLaunch(balloonId)) {
        await notifyCrew(balloonId, 'Cleared to inflate');
        this.emit('released', balloonId);
        return balloonId;
      }
    }
    return null;
  }
}
