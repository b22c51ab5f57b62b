// expect: no-multiple-settle
// The readline 'close' handler is async and awaits readFile before resolving, so a missing or unreadable metadata file throws inside the listener and the promise never settles.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';

export interface CoreLayer {
  depthCm: number;
  humification: number;
  pollenCount: number;
  notes: string;
}

export interface CoreMetadata {
  coreId: string;
  bog: string;
  drilledOn: string;
  gridRef: string;
}

export interface CoreSample {
  meta: CoreMetadata;
  layers: CoreLayer[];
  skipped: number;
}

function parseLayer(line: string): CoreLayer | undefined {
  const [depth, humification, pollen, ...rest] = line.split(',');
  const depthCm = Number(depth);
  if (!Number.isFinite(depthCm)) return undefined;
  return {
    depthCm,
    humification: Number(humification),
    pollenCount: Number(pollen),
    notes: rest.join(',').trim(),
  };
}

export function loadCoreSample(csvPath: string, metaPath: string): Promise<CoreSample> {
  return new Promise<CoreSample>((resolve, reject) => {
    const input = createReadStream(csvPath, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    const layers: CoreLayer[] = [];
    let skipped = 0;
    let header = true;
    let failed = false;

    input.on('error', (err) => {
      failed = true;
      rl.close();
      reject(new Error(`cannot read core log ${csvPath}: ${err.message}`));
    });

    rl.on('line', (line) => {
      if (header) {
        header = false;
        return;
      }
      const layer = parseLayer(line);
      if (layer) layers.push(layer);
      else skipped++;
    });

    rl.on('close', async () => {
      if (failed) return;
      const meta = JSON.parse(await readFile(metaPath, 'utf8')) as CoreMetadata;
      layers.sort((a, b) => a.depthCm - b.depthCm);
      resolve({ meta, layers, skipped });
    });
  });
}

export function layersBetween(sample: CoreSample, fromCm: number, toCm: number): CoreLayer[] {
  return sample.layers.filter((l) => l.depthCm >= fromCm && l.depthCm < toCm);
}
