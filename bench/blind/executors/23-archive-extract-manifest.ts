// expect: no-multiple-settle
// The async 'finish' handler awaits writeManifest before resolving with no try/catch; if the write rejects, the rejection is unhandled and the extraction promise never settles.
import { EventEmitter } from 'node:events';

export interface ArchiveEntry {
  path: string;
  size: number;
  mode: number;
}

declare class Extractor extends EventEmitter {
  constructor(archivePath: string, targetDir: string);
  start(): void;
}

declare function writeManifest(targetDir: string, entries: ArchiveEntry[]): Promise<void>;

export function extractArchive(archivePath: string, targetDir: string): Promise<ArchiveEntry[]> {
  return new Promise<ArchiveEntry[]>((resolve, reject) => {
    const entries: ArchiveEntry[] = [];
    const extractor = new Extractor(archivePath, targetDir);
    extractor.on('entry', (entry: ArchiveEntry) => {
      entries.push(entry);
    });
    extractor.on('error', reject);
    extractor.on('finish', async () => {
      await writeManifest(targetDir, entries);
      resolve(entries);
    });
    extractor.start();
  });
}

export async function installBundle(archivePath: string, targetDir: string): Promise<number> {
  const entries = await extractArchive(archivePath, targetDir);
  return entries.reduce((sum, e) => sum + e.size, 0);
}
