// expect: none
// The watermark load is started early but has its catch handler attached immediately, so the stored promise can never reject unobserved.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface PartFile {
  instrument: string;
  desk: number;
  pdf: Uint8Array;
}

export interface LibraryWork {
  catalogueNumber: string;
  composer: string;
  title: string;
  publisher: string;
  rentalUntil: string | null;
  parts: Array<{ instrument: string; copies: number }>;
}

declare const libraryCatalogue: {
  work(catalogueNumber: string): Promise<LibraryWork>;
};

declare const partStore: {
  fetchPart(catalogueNumber: string, instrument: string): Promise<Uint8Array>;
  watermark(publisher: string): Promise<Uint8Array>;
};

declare function stampPdf(pdf: Uint8Array, watermark: Uint8Array | null, footer: string): Uint8Array;

declare const libraryLog: {
  warn(message: string, fields?: Record<string, unknown>): void;
};

function deskCount(copies: number): number {
  // Strings share a stand, so two players read from one copy.
  return Math.max(1, copies);
}

export async function exportParts(catalogueNumber: string, concertDate: string, outDir: string): Promise<PartFile[]> {
  const work = await libraryCatalogue.work(catalogueNumber);
  const watermark = partStore.watermark(work.publisher).catch((err: Error) => {
    libraryLog.warn('no publisher watermark, exporting unstamped parts', { publisher: work.publisher, error: err.message });
    return null;
  });

  if (work.rentalUntil && work.rentalUntil < concertDate) {
    throw new Error(`rental of ${work.title} ends ${work.rentalUntil}, before the concert on ${concertDate}`);
  }

  const raw = await Promise.all(
    work.parts.map(async (p) => ({ ...p, pdf: await partStore.fetchPart(catalogueNumber, p.instrument) })),
  );
  await mkdir(outDir, { recursive: true });
  const mark = await watermark;

  const files: PartFile[] = [];
  for (const part of raw) {
    for (let desk = 1; desk <= deskCount(part.copies); desk++) {
      const footer = `${work.composer}: ${work.title} · ${part.instrument} desk ${desk} · rental copy, return after ${concertDate}`;
      const pdf = stampPdf(part.pdf, mark, footer);
      const name = `${catalogueNumber}-${part.instrument.replace(/\s+/g, '_')}-${desk}.pdf`;
      await writeFile(join(outDir, name), pdf);
      files.push({ instrument: part.instrument, desk, pdf });
    }
  }
  return files;
}

export function missingParts(work: LibraryWork, required: string[]): string[] {
  const have = new Set(work.parts.map((p) => p.instrument.toLowerCase()));
  return required.filter((r) => !have.has(r.toLowerCase()));
}

export function totalCopies(work: LibraryWork): number {
  return work.parts.reduce((sum, p) => sum + deskCount(p.copies), 0);
}
