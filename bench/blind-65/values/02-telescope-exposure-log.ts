// expect: no-promise-as-value
// The observing-log line interpolates seeingMonitor.currentFwhm(), which is async, so the log records "[object Promise]" instead of the seeing.
export interface ExposureRequest {
  exposureId: string;
  targetName: string;
  raDeg: number;
  decDeg: number;
  seconds: number;
  filter: 'g' | 'r' | 'i' | 'z';
}

export interface ExposureResult {
  exposureId: string;
  fitsPath: string;
  airmass: number;
  startedAt: Date;
}

interface Telescope {
  name: string;
  latitudeDeg: number;
  slew(raDeg: number, decDeg: number): Promise<{ altitudeDeg: number }>;
  expose(seconds: number, filter: ExposureRequest['filter']): Promise<string>;
}

declare const seeingMonitor: { currentFwhm(): Promise<number> };
declare const nightLog: { append(line: string): void };
declare const domeControl: { isOpen(): boolean };

export function airmassAt(altitudeDeg: number): number {
  const zenith = ((90 - altitudeDeg) * Math.PI) / 180;
  return 1 / Math.cos(zenith);
}

export class SurveyScheduler {
  private readonly completed: ExposureResult[] = [];

  constructor(private readonly telescope: Telescope, private readonly maxAirmass = 2) {}

  async observe(request: ExposureRequest): Promise<ExposureResult | undefined> {
    if (!domeControl.isOpen()) {
      nightLog.append(`${request.exposureId}: skipped, dome closed`);
      return undefined;
    }

    const { altitudeDeg } = await this.telescope.slew(request.raDeg, request.decDeg);
    const airmass = airmassAt(altitudeDeg);
    if (airmass > this.maxAirmass) {
      nightLog.append(`${request.exposureId}: ${request.targetName} too low (airmass ${airmass.toFixed(2)})`);
      return undefined;
    }

    const startedAt = new Date();
    const fitsPath = await this.telescope.expose(request.seconds, request.filter);
    nightLog.append(
      `${request.exposureId}: ${request.targetName} ${request.seconds}s ${request.filter} on ${this.telescope.name}, ` +
        `seeing ${seeingMonitor.currentFwhm()}", airmass ${airmass.toFixed(2)}`,
    );

    const result = { exposureId: request.exposureId, fitsPath, airmass, startedAt };
    this.completed.push(result);
    return result;
  }

  async runQueue(queue: ExposureRequest[]): Promise<ExposureResult[]> {
    const done: ExposureResult[] = [];
    for (const request of queue) {
      const result = await this.observe(request);
      if (result) done.push(result);
    }
    return done;
  }

  totalOpenShutterSeconds(queue: ExposureRequest[]): number {
    const ids = new Set(this.completed.map((r) => r.exposureId));
    return queue.filter((r) => ids.has(r.exposureId)).reduce((sum, r) => sum + r.seconds, 0);
  }
}
