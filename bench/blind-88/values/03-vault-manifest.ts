// expect: no-read-before-settle
// reload() assigns this.entries inside the fs.readFile callback but returns this.entries.length synchronously right after the call, so it reports the old count (and callers read a stale index).
import { readFile } from 'node:fs';
import { join } from 'node:path';

export interface ManifestEntry {
  accession: string;
  vault: 'A' | 'B' | 'C';
  rack: number;
  shelf: number;
  box: string;
  packets: number;
  sealedAt: string;
}

export interface ManifestFile {
  generatedAt: string;
  entries: ManifestEntry[];
}

export class VaultIndex {
  private entries: ManifestEntry[] = [];
  private byAccession = new Map<string, ManifestEntry>();
  private loadedFrom: string | undefined;

  constructor(private readonly dataDir: string) {}

  reload(vault: ManifestEntry['vault']): number {
    const file = join(this.dataDir, `vault-${vault}.manifest.json`);
    readFile(file, 'utf8', (err, text) => {
      if (err) {
        process.emitWarning(`could not read ${file}: ${err.message}`);
        return;
      }
      const manifest = JSON.parse(text) as ManifestFile;
      this.entries = manifest.entries;
      this.byAccession = new Map(manifest.entries.map((e) => [e.accession, e]));
      this.loadedFrom = file;
    });
    return this.entries.length;
  }

  locate(accession: string): string | undefined {
    const e = this.byAccession.get(accession);
    return e && `vault ${e.vault} / rack ${e.rack} / shelf ${e.shelf} / box ${e.box}`;
  }

  lowStock(minPackets = 3): ManifestEntry[] {
    return this.entries.filter((e) => e.packets < minPackets);
  }

  describe(): string {
    return `${this.entries.length} accessions from ${this.loadedFrom ?? '(nothing loaded)'}`;
  }
}

export function startupCheck(index: VaultIndex, vaults: Array<ManifestEntry['vault']>): string[] {
  const problems: string[] = [];
  for (const vault of vaults) {
    const count = index.reload(vault);
    if (count === 0) {
      problems.push(`vault ${vault}: manifest is empty or missing`);
    }
  }
  const low = index.lowStock();
  if (low.length > 0) {
    problems.push(`${low.length} accessions below 3 packets: ${low.map((e) => e.accession).join(', ')}`);
  }
  return problems;
}
