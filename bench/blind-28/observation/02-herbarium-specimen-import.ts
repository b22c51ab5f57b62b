// expect: none
// The image upload and taxon match are stored in variables but combined immediately with Promise.all, so both rejections are observed.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';

export interface SheetRecord {
  catalogNumber: string;
  scientificName: string;
  collector: string;
  collectedOn: string;
  imageFile: string;
}

interface TaxonMatch {
  usageKey: number;
  acceptedName: string;
  confidence: number;
}

declare const mediaStore: {
  put(key: string, body: Buffer, contentType: string): Promise<{ url: string }>;
};

declare const taxonomy: {
  match(name: string, opts?: { strict?: boolean }): Promise<TaxonMatch | null>;
};

declare const catalog: {
  upsertSpecimen(row: {
    catalogNumber: string;
    imageUrl: string;
    taxonKey: number | null;
    acceptedName: string;
    collector: string;
    collectedOn: string;
    needsReview: boolean;
  }): Promise<void>;
};

const MIN_CONFIDENCE = 90;

function contentTypeFor(file: string): string {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.tif' || ext === '.tiff') return 'image/tiff';
  if (ext === '.png') return 'image/png';
  return 'image/jpeg';
}

export async function importSpecimen(sheetDir: string, record: SheetRecord): Promise<boolean> {
  const bytes = await readFile(path.join(sheetDir, record.imageFile));
  const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  const key = `sheets/${record.catalogNumber}/${digest}${path.extname(record.imageFile)}`;

  const upload = mediaStore.put(key, bytes, contentTypeFor(record.imageFile));
  const taxon = taxonomy.match(record.scientificName, { strict: false });
  const [stored, match] = await Promise.all([upload, taxon]);

  const confident = match !== null && match.confidence >= MIN_CONFIDENCE;
  await catalog.upsertSpecimen({
    catalogNumber: record.catalogNumber,
    imageUrl: stored.url,
    taxonKey: confident ? match.usageKey : null,
    acceptedName: confident ? match.acceptedName : record.scientificName,
    collector: record.collector,
    collectedOn: record.collectedOn,
    needsReview: !confident,
  });
  return confident;
}

export async function importBatch(
  sheetDir: string,
  records: SheetRecord[],
): Promise<{ imported: number; flagged: string[] }> {
  const flagged: string[] = [];
  let imported = 0;
  // Sequential on purpose: the media store rate-limits us per bucket.
  for (const record of records) {
    const confident = await importSpecimen(sheetDir, record);
    imported++;
    if (!confident) flagged.push(record.catalogNumber);
  }
  return { imported, flagged };
}
