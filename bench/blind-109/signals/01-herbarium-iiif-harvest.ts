// expect: no-swallowed-abort
// fetchSheetImage catches everything, including the AbortError thrown when the harvest is cancelled, and returns null, so a cancelled harvest does not stop: every remaining fetch fails at once and each sheet is recorded as "image missing" in a result that looks complete.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface SheetRef {
  barcode: string;
  manifestUrl: string;
}

export interface HarvestLog {
  info(message: string): void;
  warn(message: string, err?: unknown): void;
}

export interface HarvestResult {
  saved: string[];
  missing: string[];
}

interface IiifManifest {
  items?: Array<{ items?: Array<{ items?: Array<{ body?: { id?: string } }> }> }>;
}

function firstImageUrl(manifest: IiifManifest): string | undefined {
  return manifest.items?.[0]?.items?.[0]?.items?.[0]?.body?.id;
}

export class SheetHarvester {
  constructor(private readonly outDir: string, private readonly log: HarvestLog) {}

  async fetchSheetImage(sheet: SheetRef, signal: AbortSignal): Promise<Buffer | null> {
    try {
      const manifestRes = await fetch(sheet.manifestUrl, { signal, headers: { accept: 'application/ld+json' } });
      if (!manifestRes.ok) throw new Error(`manifest HTTP ${manifestRes.status}`);
      const imageUrl = firstImageUrl((await manifestRes.json()) as IiifManifest);
      if (!imageUrl) throw new Error('manifest has no image');

      const imageRes = await fetch(imageUrl, { signal });
      if (!imageRes.ok) throw new Error(`image HTTP ${imageRes.status}`);
      return Buffer.from(await imageRes.arrayBuffer());
    } catch (err) {
      this.log.warn(`sheet ${sheet.barcode}: image unavailable`, err);
      return null;
    }
  }

  async harvest(sheets: SheetRef[], signal: AbortSignal): Promise<HarvestResult> {
    const result: HarvestResult = { saved: [], missing: [] };
    for (const sheet of sheets) {
      const image = await this.fetchSheetImage(sheet, signal);
      if (!image) {
        result.missing.push(sheet.barcode);
        continue;
      }
      await writeFile(join(this.outDir, `${sheet.barcode}.jpg`), image, { signal });
      result.saved.push(sheet.barcode);
    }
    this.log.info(`harvested ${result.saved.length}, missing ${result.missing.length}`);
    return result;
  }
}
