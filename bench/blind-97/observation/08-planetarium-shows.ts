// expect: no-floating-promises
// startShow fires the audience-count telemetry report as a bare statement, so its promise is dropped: when the telemetry endpoint is down the rejection is unhandled and takes the dome controller process down mid-show.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ShowSegment {
  title: string;
  seconds: number;
  target: { ra: number; dec: number } | null;
}

export interface DomeProjector {
  dimHouseLights(level: number): Promise<void>;
  slewTo(ra: number, dec: number): Promise<void>;
  narrate(title: string): Promise<void>;
}

export interface TelemetryClient {
  report(showId: string, event: string, data: Record<string, number>): Promise<void>;
}

export class ShowRunner {
  private current: string | null = null;

  constructor(
    private readonly projector: DomeProjector,
    private readonly telemetry: TelemetryClient,
  ) {}

  get running(): string | null {
    return this.current;
  }

  async startShow(showId: string, segments: ShowSegment[], audience: number): Promise<void> {
    if (this.current) throw new Error(`show ${this.current} is still running`);
    this.current = showId;
    try {
      await this.projector.dimHouseLights(0.05);
      this.telemetry.report(showId, 'started', { audience, segments: segments.length });

      for (const segment of segments) {
        if (segment.target) {
          await this.projector.slewTo(segment.target.ra, segment.target.dec);
        }
        await this.projector.narrate(segment.title);
        await sleep(segment.seconds * 1_000);
      }
    } finally {
      await this.projector.dimHouseLights(1);
      this.current = null;
    }
  }
}

export const winterSky: ShowSegment[] = [
  { title: 'Orion rises', seconds: 240, target: { ra: 5.58, dec: -1.2 } },
  { title: 'The Pleiades', seconds: 180, target: { ra: 3.79, dec: 24.1 } },
  { title: 'Betelgeuse and the red giants', seconds: 300, target: { ra: 5.92, dec: 7.4 } },
  { title: 'Credits', seconds: 45, target: null },
];
