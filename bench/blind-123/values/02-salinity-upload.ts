// expect: no-promise-as-value
// The upload body nests this.tides.levelAt(...) without awaiting it, so JSON.stringify serialises the pending Promise as {} and the tide level never reaches the archive.
export interface SalinityReading {
  station: string;
  takenAt: Date;
  psu: number;
  conductivityMsCm: number;
  tempC: number;
}

export interface TideModel {
  levelAt(station: string, at: Date): Promise<number>;
}

export interface ArchiveConfig {
  url: string;
  token: string;
}

export interface UploadResult {
  accepted: number;
  rejected: number;
}

// UNESCO 1978 practical salinity is temperature-compensated; sondes report it directly,
// but older loggers only give conductivity, so fall back to a crude linear estimate.
function estimatePsu(conductivityMsCm: number, tempC: number): number {
  const c25 = conductivityMsCm / (1 + 0.0191 * (tempC - 25));
  return Math.round(c25 * 0.64 * 100) / 100;
}

export class SalinityUploader {
  constructor(
    private readonly archive: ArchiveConfig,
    private readonly tides: TideModel,
  ) {}

  async upload(readings: SalinityReading[]): Promise<UploadResult> {
    const result: UploadResult = { accepted: 0, rejected: 0 };
    for (const reading of readings) {
      const psu = Number.isFinite(reading.psu) ? reading.psu : estimatePsu(reading.conductivityMsCm, reading.tempC);
      const res = await fetch(`${this.archive.url}/stations/${encodeURIComponent(reading.station)}/salinity`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${this.archive.token}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          takenAt: reading.takenAt.toISOString(),
          psu,
          tempC: reading.tempC,
          context: {
            tideLevelM: this.tides.levelAt(reading.station, reading.takenAt),
            source: Number.isFinite(reading.psu) ? 'sonde' : 'estimated',
          },
        }),
      });
      if (res.ok) {
        result.accepted++;
      } else {
        result.rejected++;
        await res.body?.cancel();
      }
    }
    return result;
  }
}
