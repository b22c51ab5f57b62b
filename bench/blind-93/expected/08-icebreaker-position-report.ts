// expect: no-reused-settled-promise
// sendWithRetry() re-attaches .catch() to the same rejected report promise on every attempt instead of posting the report again.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PositionReport {
  callSign: string;
  lat: number;
  lon: number;
  speedKn: number;
  iceConditions: 'open' | 'new-ice' | 'pack' | 'ridged';
  reportedAt: string;
}

const VTS_ENDPOINT = 'https://vts.example.fi/api/icebreaker-reports';

function postReport(report: PositionReport): Promise<Response> {
  return fetch(VTS_ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(report),
  }).then((res) => {
    if (!res.ok) throw new Error(`VTS rejected report: HTTP ${res.status}`);
    return res;
  });
}

export function sendWithRetry(pending: Promise<Response>, attempt = 1, maxAttempts = 4): Promise<Response> {
  return pending.catch(async (err: Error) => {
    if (attempt >= maxAttempts) throw err;
    console.warn(`position report attempt ${attempt} failed: ${err.message}`);
    await sleep(2_000 * attempt);
    return sendWithRetry(pending, attempt + 1, maxAttempts);
  });
}

export class PositionReporter {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly callSign: string,
    private readonly readGps: () => { lat: number; lon: number; sog: number },
    private readonly readIce: () => PositionReport['iceConditions'],
  ) {}

  snapshot(): PositionReport {
    const gps = this.readGps();
    return {
      callSign: this.callSign,
      lat: Math.round(gps.lat * 1e5) / 1e5,
      lon: Math.round(gps.lon * 1e5) / 1e5,
      speedKn: Math.round(gps.sog * 10) / 10,
      iceConditions: this.readIce(),
      reportedAt: new Date().toISOString(),
    };
  }

  async reportNow(): Promise<void> {
    const report = this.snapshot();
    await sendWithRetry(postReport(report));
  }

  start(everyMs = 15 * 60_000): void {
    this.timer = setInterval(() => {
      this.reportNow().catch((err) => console.error(`giving up on position report: ${err.message}`));
    }, everyMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
