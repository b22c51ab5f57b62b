// expect: no-leaked-race
// The per-specimen timeout promise's setTimeout is never cleared after the scan wins the race, so every scanned specimen leaves a 45-second timer pending and the archive CLI cannot exit until the last one fires.
import { createInterface } from 'node:readline';
import { stdin, stdout, exit } from 'node:process';

export interface ScanResult {
  accession: string;
  meshVertices: number;
  textureFile: string;
}

export interface Scanner3D {
  scan(accession: string): Promise<ScanResult>;
}

export interface ArchiveIndex {
  attachScan(result: ScanResult): Promise<void>;
}

function timeoutAfter(ms: number, what: string): Promise<never> {
  return new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000}s`)), ms);
  });
}

export async function scanWithTimeout(scanner: Scanner3D, accession: string, ms = 45_000): Promise<ScanResult> {
  return Promise.race([scanner.scan(accession), timeoutAfter(ms, `scan of ${accession}`)]);
}

export async function runScanSession(scanner: Scanner3D, index: ArchiveIndex): Promise<number> {
  const rl = createInterface({ input: stdin, output: stdout, terminal: false });
  let scanned = 0;
  let failed = 0;

  try {
    for await (const line of rl) {
      const accession = line.trim();
      if (!accession || accession.startsWith('#')) continue;
      try {
        const result = await scanWithTimeout(scanner, accession);
        if (result.meshVertices < 10_000) {
          console.warn(`${accession}: low-resolution mesh (${result.meshVertices} vertices), rescan recommended`);
        }
        await index.attachScan(result);
        scanned += 1;
        console.log(`${accession}: ok -> ${result.textureFile}`);
      } catch (err) {
        failed += 1;
        console.error(`${accession}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  } finally {
    rl.close();
  }

  console.log(`scanned ${scanned}, failed ${failed}`);
  return failed === 0 ? 0 : 1;
}

export async function main(scanner: Scanner3D, index: ArchiveIndex): Promise<void> {
  const code = await runScanSession(scanner, index);
  if (code !== 0) exit(code);
}
