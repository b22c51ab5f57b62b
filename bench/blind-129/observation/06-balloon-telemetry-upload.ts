// expect: no-unchecked-settled-results
// The flight summary keeps only the fulfilled allSettled entries and never inspects the rejected ones, so failed uploads to archive mirrors disappear without a trace.
export interface TelemetryFrame {
  flightId: string;
  altitudeM: number;
  pressureHpa: number;
  tempC: number;
  windDirDeg: number;
  windSpeedMs: number;
  t: number;
}

export interface ArchiveMirror {
  name: string;
  upload(flightId: string, frames: TelemetryFrame[]): Promise<{ mirror: string; bytes: number }>;
}

export interface FlightSummary {
  flightId: string;
  burstAltitudeM: number;
  minTempC: number;
  frames: number;
  archivedTo: string[];
  bytesArchived: number;
}

export class FlightArchiver {
  constructor(private readonly mirrors: ArchiveMirror[]) {}

  private burst(frames: TelemetryFrame[]): TelemetryFrame {
    return frames.reduce((hi, f) => (f.altitudeM > hi.altitudeM ? f : hi), frames[0]);
  }

  async archive(flightId: string, frames: TelemetryFrame[]): Promise<FlightSummary> {
    if (frames.length === 0) {
      throw new Error(`flight ${flightId} has no telemetry to archive`);
    }
    const ordered = [...frames].sort((a, b) => a.t - b.t);

    const results = await Promise.allSettled(
      this.mirrors.map((mirror) => mirror.upload(flightId, ordered)),
    );

    const receipts = results
      .filter((r): r is PromiseFulfilledResult<{ mirror: string; bytes: number }> => r.status === 'fulfilled')
      .map((r) => r.value);

    return {
      flightId,
      burstAltitudeM: this.burst(ordered).altitudeM,
      minTempC: Math.min(...ordered.map((f) => f.tempC)),
      frames: ordered.length,
      archivedTo: receipts.map((r) => r.mirror),
      bytesArchived: receipts.reduce((sum, r) => sum + r.bytes, 0),
    };
  }
}
