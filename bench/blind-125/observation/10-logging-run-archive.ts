// expect: none
// The archive upload promise gets its rejection handler attached at the moment it is created, so holding it across the later awaits cannot produce an unhandled rejection.
export interface WirelineTool {
  runId: string;
  readDepthSeries(): Promise<Float64Array>;
  readCurve(mnemonic: string): Promise<Float64Array>;
  rawFrames(): Promise<Uint8Array>;
}

export interface ArchiveBucket {
  put(key: string, data: Uint8Array): Promise<void>;
}

export interface LogRun {
  runId: string;
  depths: Float64Array;
  temperature: Float64Array;
  gammaRay: Float64Array;
  rawArchived: boolean;
}

export interface Logger {
  warn(msg: string, err?: unknown): void;
}

export class LoggingRunCollector {
  constructor(
    private readonly bucket: ArchiveBucket,
    private readonly logger: Logger,
  ) {}

  async collect(tool: WirelineTool): Promise<LogRun> {
    const raw = await tool.rawFrames();
    const archived = this.bucket.put(`raw/${tool.runId}.dlis`, raw).then(
      () => true,
      (err: unknown) => {
        this.logger.warn(`raw frames for ${tool.runId} not archived`, err);
        return false;
      },
    );

    const depths = await tool.readDepthSeries();
    const temperature = await tool.readCurve('TEMP');
    const gammaRay = await tool.readCurve('GR');

    if (depths.length !== temperature.length || depths.length !== gammaRay.length) {
      throw new Error(`run ${tool.runId}: curve lengths differ from depth index`);
    }

    return {
      runId: tool.runId,
      depths,
      temperature,
      gammaRay,
      rawArchived: await archived,
    };
  }
}

export function geothermalGradient(run: LogRun): number | undefined {
  const n = run.depths.length;
  if (n < 2) return undefined;
  let sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (let i = 0; i < n; i++) {
    const x = run.depths[i];
    const y = run.temperature[i];
    sx += x; sy += y; sxx += x * x; sxy += x * y;
  }
  const denom = n * sxx - sx * sx;
  if (denom === 0) return undefined;
  // °C per km, depths in metres.
  return ((n * sxy - sx * sy) / denom) * 1000;
}
