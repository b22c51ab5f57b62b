// expect: no-unobserved-promise
// The calibration fetch is stored, then the slow buffer download is awaited first; if calibration rejects during that wait nobody handles it.
import { createHash } from 'node:crypto';

export interface RawSample {
  t: number;
  ablationMm: number;
  airTempC: number;
  batteryV: number;
}

export interface Calibration {
  stationId: string;
  stakeOffsetMm: number;
  tempBiasC: number;
  validFrom: number;
}

export interface IngestedBatch {
  stationId: string;
  checksum: string;
  samples: RawSample[];
  lowBattery: boolean;
}

declare const satLink: {
  downloadBuffer(stationId: string, since: number): Promise<Buffer>;
};

declare const calibrationRegistry: {
  latest(stationId: string): Promise<Calibration>;
};

declare const archive: {
  store(batch: IngestedBatch): Promise<void>;
};

function decode(buf: Buffer): RawSample[] {
  const samples: RawSample[] = [];
  for (let off = 0; off + 16 <= buf.length; off += 16) {
    samples.push({
      t: buf.readUInt32LE(off),
      ablationMm: buf.readInt32LE(off + 4) / 10,
      airTempC: buf.readInt16LE(off + 8) / 100,
      batteryV: buf.readUInt16LE(off + 10) / 1000,
    });
  }
  return samples;
}

export class StationIngest {
  private lastSeen = new Map<string, number>();

  async pull(stationId: string): Promise<IngestedBatch> {
    const since = this.lastSeen.get(stationId) ?? 0;

    const calibration = calibrationRegistry.latest(stationId);
    const buffer = await satLink.downloadBuffer(stationId, since);

    const cal = await calibration;
    const samples = decode(buffer)
      .filter((s) => s.t >= cal.validFrom)
      .map((s) => ({
        ...s,
        ablationMm: s.ablationMm - cal.stakeOffsetMm,
        airTempC: s.airTempC - cal.tempBiasC,
      }));

    const batch: IngestedBatch = {
      stationId,
      checksum: createHash('sha256').update(buffer).digest('hex'),
      samples,
      lowBattery: samples.some((s) => s.batteryV < 11.8),
    };

    await archive.store(batch);
    if (samples.length > 0) {
      this.lastSeen.set(stationId, samples[samples.length - 1].t);
    }
    return batch;
  }
}
