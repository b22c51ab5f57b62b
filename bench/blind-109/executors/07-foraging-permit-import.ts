// expect: no-multiple-settle
// The executor is async and awaits the zone table before wiring up the CSV stream, so if loading the zones rejects, the executor's own promise rejects into the void and the returned promise never settles.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface ForagingZone {
  code: string;
  seasonOpens: string;
  seasonCloses: string;
  dailyLimitKg: number;
}

export interface ZoneDirectory {
  load(region: string): Promise<Map<string, ForagingZone>>;
}

export interface PermitRow {
  permitNo: string;
  holder: string;
  zone: ForagingZone;
  species: string[];
}

export interface ImportResult {
  permits: PermitRow[];
  unknownZones: string[];
}

function splitCsv(line: string): string[] {
  return line.split(',').map((cell) => cell.trim().replace(/^"|"$/g, ''));
}

export class PermitImporter {
  constructor(private readonly zones: ZoneDirectory) {}

  importFile(path: string, region: string): Promise<ImportResult> {
    return new Promise<ImportResult>(async (resolve, reject) => {
      const zones = await this.zones.load(region);
      const permits: PermitRow[] = [];
      const unknownZones = new Set<string>();
      let header = true;

      const input = createReadStream(path, { encoding: 'utf8' });
      const lines = createInterface({ input, crlfDelay: Infinity });

      input.on('error', (err) => {
        lines.close();
        reject(err);
      });
      lines.on('line', (line) => {
        if (header) {
          header = false;
          return;
        }
        if (!line.trim()) return;
        const [permitNo, holder, zoneCode, species = ''] = splitCsv(line);
        const zone = zones.get(zoneCode);
        if (!zone) {
          unknownZones.add(zoneCode);
          return;
        }
        permits.push({ permitNo, holder, zone, species: species.split(';').filter(Boolean) });
      });
      lines.once('close', () => {
        if (input.errored) return;
        resolve({ permits, unknownZones: [...unknownZones].sort() });
      });
    });
  }
}

export function permitsForSpecies(result: ImportResult, species: string): PermitRow[] {
  const wanted = species.toLowerCase();
  return result.permits.filter((p) => p.species.some((s) => s.toLowerCase() === wanted));
}
