// expect: require-signal-propagation
// exportVaultHistory checks and forwards the signal for the metadata call but runs the long pipeline() without { signal }, so an abort cannot stop the export once streaming starts.
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import { createGzip } from 'node:zlib';

export interface ClimateSample {
  vaultId: string;
  at: string;
  tempC: number;
  rh: number;
  luxHours: number;
}

export interface VaultDescription {
  vaultId: string;
  collection: string;
  sampleCount: number;
  firstSampleAt: string;
}

declare const climateStore: {
  describe(vaultId: string, options: { signal?: AbortSignal }): Promise<VaultDescription>;
  openSampleStream(vaultId: string, from: string, to: string): Readable;
};

export interface ExportRequest {
  vaultId: string;
  from: string;
  to: string;
  destination: string;
  signal: AbortSignal;
}

function toCsvRows(vault: VaultDescription): Transform {
  let wroteHeader = false;
  return new Transform({
    objectMode: true,
    transform(sample: ClimateSample, _encoding, callback) {
      let out = '';
      if (!wroteHeader) {
        out += `# collection: ${vault.collection}\nvault,at,temp_c,rh,lux_hours\n`;
        wroteHeader = true;
      }
      out += `${sample.vaultId},${sample.at},${sample.tempC.toFixed(2)},${sample.rh.toFixed(1)},${sample.luxHours}\n`;
      callback(null, out);
    },
  });
}

function rejectOutliers(): Transform {
  return new Transform({
    objectMode: true,
    transform(sample: ClimateSample, _encoding, callback) {
      const plausible = sample.tempC > -5 && sample.tempC < 45 && sample.rh >= 0 && sample.rh <= 100;
      callback(null, plausible ? sample : undefined);
    },
  });
}

export async function exportVaultHistory(request: ExportRequest): Promise<VaultDescription> {
  const { vaultId, from, to, destination, signal } = request;
  signal.throwIfAborted();

  const vault = await climateStore.describe(vaultId, { signal });
  if (vault.sampleCount === 0) {
    throw new Error(`vault ${vaultId} has no climate samples`);
  }
  const effectiveFrom = from < vault.firstSampleAt ? vault.firstSampleAt : from;

  await pipeline(
    climateStore.openSampleStream(vaultId, effectiveFrom, to),
    rejectOutliers(),
    toCsvRows(vault),
    createGzip({ level: 6 }),
    createWriteStream(destination),
  );

  return vault;
}

export async function exportCollection(
  vaultIds: string[],
  range: { from: string; to: string },
  outDir: string,
  signal: AbortSignal,
): Promise<string[]> {
  const written: string[] = [];
  for (const vaultId of vaultIds) {
    const destination = `${outDir}/${vaultId}-${range.from}-${range.to}.csv.gz`;
    await exportVaultHistory({ vaultId, ...range, destination, signal });
    written.push(destination);
  }
  return written;
}
