// expect: none
// Correct: the job's signal is handed to stream pipeline and to execFile, and the cleanup catch removes partial output then rethrows the original error.
import { createReadStream, createWriteStream } from 'node:fs';
import { rm, mkdir } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';

const execFileAsync = promisify(execFile);

export interface ImpositionJob {
  bookId: string;
  sourceGz: string;
  outDir: string;
  pagesPerSignature: 4 | 8 | 16 | 32;
  signal: AbortSignal;
}

function stripPrinterMarks(): Transform {
  let carry = '';
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      const text = carry + chunk.toString('latin1');
      const lastNl = text.lastIndexOf('\n');
      carry = lastNl === -1 ? text : text.slice(lastNl + 1);
      const complete = lastNl === -1 ? '' : text.slice(0, lastNl + 1);
      cb(null, Buffer.from(complete.replace(/^%%CropMarks.*\n/gm, ''), 'latin1'));
    },
    flush(cb) {
      cb(null, Buffer.from(carry, 'latin1'));
    },
  });
}

export async function imposeSignatures(job: ImpositionJob): Promise<string> {
  await mkdir(job.outDir, { recursive: true });
  const flatPdf = path.join(job.outDir, `${job.bookId}.flat.pdf`);
  const imposedPdf = path.join(job.outDir, `${job.bookId}.imposed.pdf`);

  try {
    await pipeline(
      createReadStream(job.sourceGz),
      createGunzip(),
      stripPrinterMarks(),
      createWriteStream(flatPdf),
      { signal: job.signal },
    );

    const { stderr } = await execFileAsync(
      'pdfjam',
      ['--signature', String(job.pagesPerSignature / 4), '--landscape', '--outfile', imposedPdf, flatPdf],
      { signal: job.signal, maxBuffer: 4 * 1024 * 1024 },
    );
    if (stderr.includes('ERROR')) {
      throw new Error(`pdfjam reported a problem for ${job.bookId}: ${stderr.trim()}`);
    }
    return imposedPdf;
  } catch (err) {
    await rm(imposedPdf, { force: true });
    throw err;
  } finally {
    await rm(flatPdf, { force: true });
  }
}

export async function imposeRun(jobs: Omit<ImpositionJob, 'signal'>[], signal: AbortSignal): Promise<string[]> {
  const done: string[] = [];
  for (const job of jobs) {
    signal.throwIfAborted();
    done.push(await imposeSignatures({ ...job, signal }));
  }
  return done;
}
