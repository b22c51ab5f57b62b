// expect: none
// Every async lookup is awaited before its value goes into the label template, the `??` fallback, or the JSON manifest, so the written file contains real determinations and counts rather than promise objects.
import { writeFile } from 'node:fs/promises';

export interface Determination {
  taxon: string;
  determiner: string;
  year: number;
}

export interface SpecimenSource {
  currentDetermination(barcode: string): Promise<Determination | undefined>;
  fieldLabelText(barcode: string): Promise<string>;
  imageCount(barcode: string): Promise<number>;
}

export interface ManifestEntry {
  barcode: string;
  label: string;
  taxon: string;
  images: number;
  determinedBy: string;
}

export async function buildEntry(source: SpecimenSource, barcode: string): Promise<ManifestEntry> {
  const [determination, fieldLabel, images] = await Promise.all([
    source.currentDetermination(barcode),
    source.fieldLabelText(barcode),
    source.imageCount(barcode),
  ]);

  const taxon = determination?.taxon ?? 'Indet.';
  const determinedBy = determination ? `${determination.determiner} (${determination.year})` : 'not yet determined';
  return {
    barcode,
    label: `${barcode} | ${taxon} | ${fieldLabel.replace(/\s+/g, ' ').trim()}`,
    taxon,
    images,
    determinedBy,
  };
}

export async function writeManifest(
  source: SpecimenSource,
  barcodes: string[],
  outPath: string,
): Promise<{ written: number; withoutImages: string[] }> {
  const entries: ManifestEntry[] = [];
  for (const barcode of barcodes) {
    entries.push(await buildEntry(source, barcode));
  }

  const withoutImages = entries.filter((e) => e.images === 0).map((e) => e.barcode);
  const manifest = {
    generatedAt: new Date().toISOString(),
    count: entries.length,
    withoutImages,
    entries,
  };
  await writeFile(outPath, `${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  return { written: entries.length, withoutImages };
}
