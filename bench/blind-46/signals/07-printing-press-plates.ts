// expect: require-signal-propagation
// PlateRemakeHandler.run receives the queue's AbortSignal but never checks or forwards it, so a cancelled remake keeps burning plates.
export interface PlateRemakeJob {
  jobId: string;
  title: string;
  pressUnits: number[];
  separations: Array<'C' | 'M' | 'Y' | 'K'>;
  reason: 'scratch' | 'misregister' | 'copy-change';
}

export interface PlateRemakeResult {
  jobId: string;
  burned: Array<{ unit: number; separation: string; serial: string }>;
  minutes: number;
}

export interface JobHandler<J, R> {
  readonly kind: string;
  run(job: J, signal: AbortSignal): Promise<R>;
}

declare const ripServer: {
  rasterize(jobId: string, separation: string): Promise<{ tiff: string; coverage: number }>;
};

declare const ctpDevice: {
  loadBlank(): Promise<void>;
  expose(tiff: string): Promise<{ serial: string }>;
  process(serial: string): Promise<void>;
};

declare const pressroom: {
  notifyUnit(unit: number, message: string): Promise<void>;
};

const SEPARATION_ORDER = ['K', 'C', 'M', 'Y'] as const;

export class PlateRemakeHandler implements JobHandler<PlateRemakeJob, PlateRemakeResult> {
  readonly kind = 'plate-remake';
  private readonly coverageLog = new Map<string, number>();

  async run(job: PlateRemakeJob, signal: AbortSignal): Promise<PlateRemakeResult> {
    const started = Date.now();
    const separations = SEPARATION_ORDER.filter((s) => job.separations.includes(s));
    const burned: PlateRemakeResult['burned'] = [];

    for (const separation of separations) {
      const { tiff, coverage } = await ripServer.rasterize(job.jobId, separation);
      this.coverageLog.set(`${job.jobId}/${separation}`, coverage);
      for (const unit of job.pressUnits) {
        await ctpDevice.loadBlank();
        const { serial } = await ctpDevice.expose(tiff);
        await ctpDevice.process(serial);
        burned.push({ unit, separation, serial });
      }
    }

    for (const unit of new Set(job.pressUnits)) {
      const count = burned.filter((b) => b.unit === unit).length;
      await pressroom.notifyUnit(unit, `${count} remade plate(s) for "${job.title}" (${job.reason}) at the CTP rack`);
    }

    return { jobId: job.jobId, burned, minutes: Math.round((Date.now() - started) / 60_000) };
  }

  averageCoverage(jobId: string): number | undefined {
    const values = [...this.coverageLog].filter(([key]) => key.startsWith(`${jobId}/`)).map(([, v]) => v);
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
  }
}

export function estimateMinutes(job: PlateRemakeJob, minutesPerPlate = 4): number {
  return job.separations.length * job.pressUnits.length * minutesPerPlate + 2;
}
