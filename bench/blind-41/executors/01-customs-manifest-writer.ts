// expect: no-multiple-settle
// The flush promise waits only for the write stream's 'finish' event; a disk/permission error means it never settles.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

export interface ContainerEntry {
  containerId: string;
  hsCode: string;
  declaredValueCents: number;
  originPort: string;
  sealNumber: string;
  inspected: boolean;
}

export interface ManifestSummary {
  file: string;
  containers: number;
  inspected: number;
  totalDeclaredCents: number;
}

declare const customsLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const HEADER = 'container_id,hs_code,declared_value_cents,origin_port,seal_number,inspected\n';

function csvField(value: string | number | boolean): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toRow(entry: ContainerEntry): string {
  return [
    entry.containerId,
    entry.hsCode,
    entry.declaredValueCents,
    entry.originPort,
    entry.sealNumber,
    entry.inspected,
  ].map(csvField).join(',') + '\n';
}

export class ManifestWriter {
  constructor(private readonly outputDir: string) {}

  async writeVoyageManifest(voyageId: string, entries: ContainerEntry[]): Promise<ManifestSummary> {
    await mkdir(this.outputDir, { recursive: true });
    const file = path.join(this.outputDir, `${voyageId}-manifest.csv`);
    const out = createWriteStream(file, { encoding: 'utf8', flags: 'w' });

    const done = new Promise<void>((resolve) => {
      out.once('finish', () => resolve());
    });

    out.write(HEADER);
    let inspected = 0;
    let total = 0;
    for (const entry of entries) {
      if (!/^[A-Z]{4}\d{7}$/.test(entry.containerId)) {
        customsLog.warn('skipping malformed container id', { voyageId, containerId: entry.containerId });
        continue;
      }
      const ok = out.write(toRow(entry));
      if (entry.inspected) inspected += 1;
      total += entry.declaredValueCents;
      if (!ok) {
        await new Promise<void>((resolve, reject) => {
          const onDrain = () => {
            out.off('error', onError);
            resolve();
          };
          const onError = (err: Error) => {
            out.off('drain', onDrain);
            reject(err);
          };
          out.once('drain', onDrain);
          out.once('error', onError);
        });
      }
    }
    out.end();
    await done;

    customsLog.info('manifest written', { voyageId, file, rows: entries.length });
    return { file, containers: entries.length, inspected, totalDeclaredCents: total };
  }
}
