// expect: none
// The per-photo async callbacks are collected by map and awaited together with Promise.all, so every upload's failure reaches the caller.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface ConditionPhoto {
  path: string;
  panel: string;
  lighting: 'raking' | 'transmitted' | 'uv';
}

export interface ConditionReport {
  accession: string;
  examiner: string;
  examinedAt: Date;
  photos: ConditionPhoto[];
  findings: string[];
}

export interface ObjectStore {
  put(key: string, body: Uint8Array, meta: { contentType: string }): Promise<void>;
  exists(key: string): Promise<boolean>;
}

export interface PublishSummary {
  accession: string;
  uploaded: string[];
  skipped: string[];
  indexPath: string;
}

export class ConditionReportPublisher {
  constructor(
    private readonly store: ObjectStore,
    private readonly outputDir: string,
  ) {}

  async publish(report: ConditionReport): Promise<PublishSummary> {
    const skipped: string[] = [];
    const uploaded = await Promise.all(
      report.photos.map(async (photo) => {
        const key = `${report.accession}/${photo.panel}-${photo.lighting}.tif`;
        if (await this.store.exists(key)) {
          skipped.push(key);
          return null;
        }
        const data = await readFile(photo.path);
        await this.store.put(key, data, { contentType: 'image/tiff' });
        return key;
      }),
    );

    const keys = uploaded.filter((k): k is string => k !== null);
    const indexPath = join(this.outputDir, `${report.accession}.json`);
    await writeFile(
      indexPath,
      JSON.stringify(
        {
          accession: report.accession,
          examiner: report.examiner,
          examinedAt: report.examinedAt.toISOString(),
          findings: report.findings,
          images: [...keys, ...skipped].sort(),
        },
        null,
        2,
      ),
    );
    return { accession: report.accession, uploaded: keys, skipped, indexPath };
  }
}

export function groupByPanel(photos: ConditionPhoto[]): Map<string, ConditionPhoto[]> {
  const groups = new Map<string, ConditionPhoto[]>();
  for (const photo of photos) {
    const list = groups.get(photo.panel) ?? [];
    list.push(photo);
    groups.set(photo.panel, list);
  }
  return groups;
}
