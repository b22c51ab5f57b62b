// expect: no-multiple-settle
// The readFile callback rejects on error but keeps going, so JSON.parse(undefined) throws inside the callback after reject and crashes the process instead of just failing the load.
import { readFile } from 'node:fs';
import { join } from 'node:path';

export interface SpecimenSheet {
  accession: string;
  family: string;
  binomial: string;
  collector: string;
  collectedOn: Date | null;
  locality: string;
  imageFiles: string[];
}

interface RawSheet {
  accession_no: string;
  family: string;
  genus: string;
  epithet: string;
  collector?: string;
  date_collected?: string;
  locality?: string;
  images?: string[];
}

function normalise(raw: RawSheet): SpecimenSheet {
  const collected = raw.date_collected ? new Date(raw.date_collected) : null;
  return {
    accession: raw.accession_no.trim().toUpperCase(),
    family: raw.family,
    binomial: `${raw.genus} ${raw.epithet}`.trim(),
    collector: raw.collector ?? 'unknown',
    collectedOn: collected && !Number.isNaN(collected.getTime()) ? collected : null,
    locality: raw.locality ?? '',
    imageFiles: raw.images ?? [],
  };
}

export function loadSheet(root: string, accession: string): Promise<SpecimenSheet> {
  const file = join(root, 'sheets', `${accession}.json`);
  return new Promise((resolve, reject) => {
    readFile(file, 'utf8', (err, text) => {
      if (err) {
        reject(new Error(`cannot read sheet ${accession}: ${err.code ?? err.message}`));
      }
      const raw = JSON.parse(text) as RawSheet;
      resolve(normalise(raw));
    });
  });
}

/**
 * Loads a batch of sheets with bounded concurrency so the NAS isn't hammered
 * when curators open a whole cabinet at once.
 */
export async function loadCabinet(
  root: string,
  accessions: readonly string[],
  concurrency = 8,
): Promise<{ sheets: SpecimenSheet[]; failed: string[] }> {
  const sheets: SpecimenSheet[] = [];
  const failed: string[] = [];
  let cursor = 0;

  async function worker(): Promise<void> {
    while (cursor < accessions.length) {
      const accession = accessions[cursor++];
      try {
        sheets.push(await loadSheet(root, accession));
      } catch {
        failed.push(accession);
      }
    }
  }

  await Promise.all(Array.from({ length: Math.min(concurrency, accessions.length) }, worker));
  sheets.sort((a, b) => a.accession.localeCompare(b.accession));
  return { sheets, failed };
}
