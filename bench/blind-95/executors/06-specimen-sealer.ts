// expect: none
// Every error branch in the nested zlib/fs callbacks returns right after reject, so each specimen record settles exactly once and a failed gzip never falls through to the write.
import { gzip } from 'node:zlib';
import { writeFile, rename } from 'node:fs';
import { join } from 'node:path';

export interface SpecimenRecord {
  accession: string;
  species: string;
  preparedBy: string;
  preparedOn: string;
  notes: string[];
  photoChecksums: string[];
}

export interface SealedRecord {
  accession: string;
  path: string;
  bytes: number;
}

export class SpecimenSealer {
  constructor(private readonly archiveDir: string) {}

  seal(record: SpecimenRecord): Promise<SealedRecord> {
    const finalPath = join(this.archiveDir, `${record.accession}.json.gz`);
    const tmpPath = `${finalPath}.partial`;
    const payload = Buffer.from(JSON.stringify(record, null, 2), 'utf8');

    return new Promise<SealedRecord>((resolve, reject) => {
      gzip(payload, { level: 9 }, (zipErr, compressed) => {
        if (zipErr) {
          reject(new Error(`gzip failed for ${record.accession}: ${zipErr.message}`));
          return;
        }

        writeFile(tmpPath, compressed, { flag: 'wx' }, (writeErr) => {
          if (writeErr) {
            return reject(
              writeErr.code === 'EEXIST'
                ? new Error(`another sealer is already writing ${record.accession}`)
                : writeErr,
            );
          }

          rename(tmpPath, finalPath, (renameErr) => {
            if (renameErr) return reject(renameErr);
            resolve({ accession: record.accession, path: finalPath, bytes: compressed.length });
          });
        });
      });
    });
  }
}

export async function sealBatch(sealer: SpecimenSealer, records: SpecimenRecord[]): Promise<SealedRecord[]> {
  const sealed: SealedRecord[] = [];
  for (const record of records) {
    if (record.photoChecksums.length === 0) {
      throw new Error(`refusing to seal ${record.accession}: no photographs attached`);
    }
    sealed.push(await sealer.seal(record));
  }
  return sealed;
}
