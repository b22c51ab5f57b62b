// expect: no-multiple-settle
// When the manifest file has no header line (empty or truncated export) the close handler takes no branch, so readSampleManifest never settles.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface ManifestHeader {
  mission: string;
  container: string;
  sealedAt: Date;
}

export interface SampleEntry {
  sampleId: string;
  massGrams: number;
  lithology: string;
  station: string;
}

export interface SampleManifest {
  header: ManifestHeader;
  samples: SampleEntry[];
}

function parseHeader(line: string): ManifestHeader | null {
  const match = /^#\s*mission=(\S+)\s+container=(\S+)\s+sealed=(\S+)$/.exec(line);
  if (!match) return null;
  return { mission: match[1], container: match[2], sealedAt: new Date(match[3]) };
}

function parseEntry(line: string, lineNo: number): SampleEntry {
  const cols = line.split(',').map((c) => c.trim());
  if (cols.length !== 4) {
    throw new Error(`line ${lineNo}: expected 4 columns, got ${cols.length}`);
  }
  const massGrams = Number(cols[1]);
  if (!Number.isFinite(massGrams) || massGrams <= 0) {
    throw new Error(`line ${lineNo}: invalid mass ${cols[1]}`);
  }
  return { sampleId: cols[0], massGrams, lithology: cols[2], station: cols[3] };
}

export function readSampleManifest(path: string): Promise<SampleManifest> {
  return new Promise<SampleManifest>((resolve, reject) => {
    const input = createReadStream(path, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    let header: ManifestHeader | null = null;
    const samples: SampleEntry[] = [];
    let lineNo = 0;
    let failed = false;

    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      rl.close();
      input.destroy();
      reject(error);
    };

    input.once('error', fail);
    rl.on('line', (line) => {
      lineNo++;
      if (failed || line.trim() === '') return;
      if (line.startsWith('#')) {
        header ??= parseHeader(line);
        return;
      }
      try {
        samples.push(parseEntry(line, lineNo));
      } catch (error) {
        fail(error as Error);
      }
    });
    rl.once('close', () => {
      if (failed) return;
      if (header) {
        resolve({ header, samples });
      }
    });
  });
}

export function totalMass(manifest: SampleManifest): number {
  return manifest.samples.reduce((sum, s) => sum + s.massGrams, 0);
}
