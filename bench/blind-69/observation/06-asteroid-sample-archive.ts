// expect: no-floating-promises
// storeSample calls missionControl.notifySampleStored() as a bare statement, dropping the promise so a failed notification is never awaited or handled.
import { createHash } from 'node:crypto';

export interface RegolithSample {
  sampleId: string;
  probeId: string;
  asteroid: string;
  massGrams: number;
  spectrum: number[];
  collectedAt: string;
}

export interface ArchiveLocation {
  vault: string;
  rack: number;
  slot: number;
}

declare const coldVault: {
  reserveSlot(massGrams: number): Promise<ArchiveLocation>;
  seal(location: ArchiveLocation, checksum: string): Promise<void>;
  release(location: ArchiveLocation): Promise<void>;
};

declare const sampleCatalog: {
  exists(sampleId: string): Promise<boolean>;
  insert(entry: RegolithSample & { location: ArchiveLocation; checksum: string }): Promise<void>;
};

declare const missionControl: {
  notifySampleStored(sampleId: string, location: ArchiveLocation): Promise<void>;
};

export class DuplicateSampleError extends Error {
  constructor(readonly sampleId: string) {
    super(`sample ${sampleId} is already archived`);
    this.name = 'DuplicateSampleError';
  }
}

function checksum(sample: RegolithSample): string {
  const hash = createHash('sha256');
  hash.update(sample.sampleId);
  hash.update(sample.asteroid);
  hash.update(Float64Array.from(sample.spectrum));
  return hash.digest('hex');
}

export class SampleArchive {
  private stored = 0;

  constructor(private readonly log: (line: string) => void = () => {}) {}

  async storeSample(sample: RegolithSample): Promise<ArchiveLocation> {
    if (await sampleCatalog.exists(sample.sampleId)) {
      throw new DuplicateSampleError(sample.sampleId);
    }

    const sum = checksum(sample);
    const location = await coldVault.reserveSlot(sample.massGrams);
    try {
      await coldVault.seal(location, sum);
      await sampleCatalog.insert({ ...sample, location, checksum: sum });
    } catch (err) {
      await coldVault.release(location);
      throw err;
    }

    this.stored++;
    missionControl.notifySampleStored(sample.sampleId, location);
    this.log(`sample ${sample.sampleId} from ${sample.asteroid} -> ${location.vault}/${location.rack}/${location.slot}`);
    return location;
  }

  async storeHaul(samples: readonly RegolithSample[]): Promise<{ stored: number; duplicates: string[] }> {
    const duplicates: string[] = [];
    for (const sample of samples) {
      try {
        await this.storeSample(sample);
      } catch (err) {
        if (err instanceof DuplicateSampleError) {
          duplicates.push(err.sampleId);
          continue;
        }
        throw err;
      }
    }
    return { stored: this.stored, duplicates };
  }
}
