// expect: no-read-before-settle
// refresh() builds the cartographer index from `fresh` right after attaching the 'data' listener, before any record has arrived, so the index is always empty.
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';

export interface MapRecord {
  accession: string;
  title: string;
  cartographer: string;
  year: number;
  region: string;
  medium: 'copperplate' | 'woodcut' | 'lithograph' | 'manuscript';
  conditionGrade: 1 | 2 | 3 | 4 | 5;
}

interface CatalogSource {
  openRecordStream(): Readable;
}

function groupByCartographer(records: readonly MapRecord[]): Map<string, MapRecord[]> {
  const index = new Map<string, MapRecord[]>();
  for (const r of records) {
    const key = r.cartographer.trim().toLowerCase();
    const list = index.get(key);
    if (list) list.push(r);
    else index.set(key, [r]);
  }
  for (const list of index.values()) list.sort((a, b) => a.year - b.year);
  return index;
}

export class MapCatalog {
  private records: MapRecord[] = [];
  private byCartographer = new Map<string, MapRecord[]>();
  private refreshedAt: Date | undefined;

  constructor(private readonly source: CatalogSource) {}

  async refresh(): Promise<number> {
    const stream = this.source.openRecordStream();
    const fresh: MapRecord[] = [];
    stream.on('data', (record: MapRecord) => {
      if (record.accession && record.year > 1400) fresh.push(record);
    });
    const done = finished(stream);
    this.byCartographer = groupByCartographer(fresh);
    await done;

    this.records = fresh;
    this.refreshedAt = new Date();
    return fresh.length;
  }

  byMaker(cartographer: string): MapRecord[] {
    return this.byCartographer.get(cartographer.trim().toLowerCase()) ?? [];
  }

  search(query: { region?: string; before?: number; after?: number; minGrade?: number }): MapRecord[] {
    return this.records.filter(
      (r) =>
        (query.region === undefined || r.region.toLowerCase().includes(query.region.toLowerCase())) &&
        (query.before === undefined || r.year < query.before) &&
        (query.after === undefined || r.year > query.after) &&
        (query.minGrade === undefined || r.conditionGrade <= query.minGrade),
    );
  }

  conservationQueue(limit = 20): MapRecord[] {
    return this.records
      .filter((r) => r.conditionGrade >= 4)
      .sort((a, b) => b.conditionGrade - a.conditionGrade || a.year - b.year)
      .slice(0, limit);
  }

  get lastRefreshed(): Date | undefined {
    return this.refreshedAt;
  }
}
