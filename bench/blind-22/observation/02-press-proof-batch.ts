// expect: none
// Every page render is started and then awaited together with Promise.all, so any rejection reaches the caller.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';

export interface Forme {
  signature: number;
  pages: number[];
  paper: 'laid' | 'wove' | 'coated';
}

export interface ProofResult<T> {
  key: string;
  value: T;
  millis: number;
}

declare const imposition: {
  renderPage(page: number, paper: Forme['paper']): Promise<Buffer>;
  checkRegistration(signature: number): Promise<{ offsetMicrons: number }>;
};

async function timed<T>(key: string, work: () => Promise<T>): Promise<ProofResult<T>> {
  const started = performance.now();
  const value = await work();
  return { key, value, millis: Math.round(performance.now() - started) };
}

async function writeProof(dir: string, page: number, bytes: Buffer): Promise<string> {
  const file = join(dir, `p${String(page).padStart(4, '0')}.pdf`);
  await pipeline(Readable.from([bytes]), createWriteStream(file));
  return file;
}

export async function proofForme(outDir: string, forme: Forme): Promise<ProofResult<string>[]> {
  const dir = join(outDir, `sig-${forme.signature}`);
  await mkdir(dir, { recursive: true });

  const registration = await imposition.checkRegistration(forme.signature);
  if (registration.offsetMicrons > 150) {
    throw new Error(`signature ${forme.signature} is out of register by ${registration.offsetMicrons}µm; adjust lays before proofing`);
  }

  return Promise.all(
    forme.pages.map((page) =>
      timed(`sig${forme.signature}/p${page}`, async () => {
        const bytes = await imposition.renderPage(page, forme.paper);
        return writeProof(dir, page, bytes);
      }),
    ),
  );
}

export async function proofRun(outDir: string, formes: Forme[]): Promise<Map<number, number>> {
  const slowest = new Map<number, number>();
  // Formes go to the proofing press in order; pages within a forme render in parallel.
  for (const forme of formes) {
    const results = await proofForme(outDir, forme);
    slowest.set(forme.signature, Math.max(0, ...results.map((r) => r.millis)));
  }
  return slowest;
}
