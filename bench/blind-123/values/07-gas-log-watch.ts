// expect: no-read-before-settle
// lastModified is assigned inside the fs.stat callback but compared immediately after the call, before the callback has run, so the sync check always sees 0 and never imports new logs.
import { stat } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

export interface GasLogEntry {
  diveId: string;
  cylinder: string;
  mix: string;
  startBar: number;
  endBar: number;
}

export interface LogImporter {
  importEntries(source: string, entries: GasLogEntry[]): Promise<number>;
}

function parseCsv(text: string): GasLogEntry[] {
  const [header, ...rows] = text.trim().split(/\r?\n/);
  const cols = header.split(',').map((c) => c.trim());
  return rows
    .filter((r) => r.trim().length > 0)
    .map((row) => {
      const cells = row.split(',').map((c) => c.trim());
      const get = (name: string) => cells[cols.indexOf(name)] ?? '';
      return {
        diveId: get('dive'),
        cylinder: get('cylinder'),
        mix: get('mix'),
        startBar: Number(get('start_bar')),
        endBar: Number(get('end_bar')),
      };
    });
}

export class GasLogWatcher {
  private lastSyncedMtime = 0;
  private readonly errors: string[] = [];

  constructor(
    private readonly path: string,
    private readonly importer: LogImporter,
  ) {}

  async syncIfChanged(): Promise<number> {
    let lastModified = 0;
    stat(this.path, (err, stats) => {
      if (err) {
        this.errors.push(`${basename(this.path)}: ${err.message}`);
        return;
      }
      lastModified = stats.mtimeMs;
    });

    if (lastModified <= this.lastSyncedMtime) return 0;

    const entries = parseCsv(await readFile(this.path, 'utf8'));
    const imported = await this.importer.importEntries(basename(this.path), entries);
    this.lastSyncedMtime = lastModified;
    return imported;
  }

  recentErrors(): readonly string[] {
    return this.errors.slice(-20);
  }

  static gasUsed(entries: GasLogEntry[]): Map<string, number> {
    const used = new Map<string, number>();
    for (const e of entries) {
      used.set(e.mix, (used.get(e.mix) ?? 0) + (e.startBar - e.endBar));
    }
    return used;
  }
}
