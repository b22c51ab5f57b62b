// expect: none
// The export promise uses stream.pipeline's single completion callback, so it settles exactly once on success or any stream error.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

declare const archiveIndex: {
  record(entry: { patientId: string; studyId: string; path: string; sha256: string; bytes: number }): Promise<void>;
};

export interface RadiographStudy {
  patientId: string;
  studyId: string;
  modality: 'bitewing' | 'periapical' | 'panoramic' | 'cbct';
  sourcePath: string;
}

class DigestCounter extends Transform {
  private readonly hash = createHash('sha256');
  bytes = 0;

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    done(null, chunk);
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

function targetPathFor(root: string, study: RadiographStudy): string {
  const bucket = study.patientId.slice(-2).padStart(2, '0');
  return join(root, bucket, study.patientId, `${study.studyId}.${study.modality}.dcm.gz`);
}

function pipeToFile(source: string, counter: DigestCounter, destination: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    pipeline(
      createReadStream(source),
      counter,
      createGzip({ level: 6 }),
      createWriteStream(destination, { flags: 'wx' }),
      (err) => {
        if (err) reject(err);
        else resolve();
      },
    );
  });
}

export async function exportStudy(archiveRoot: string, study: RadiographStudy): Promise<string> {
  const finalPath = targetPathFor(archiveRoot, study);
  const partialPath = `${finalPath}.partial`;
  await mkdir(dirname(finalPath), { recursive: true });

  const counter = new DigestCounter();
  try {
    await pipeToFile(study.sourcePath, counter, partialPath);
  } catch (err) {
    await rm(partialPath, { force: true });
    throw new Error(`Export of study ${study.studyId} failed`, { cause: err });
  }

  await rename(partialPath, finalPath);
  const sha256 = counter.digest();
  await archiveIndex.record({
    patientId: study.patientId,
    studyId: study.studyId,
    path: finalPath,
    sha256,
    bytes: counter.bytes,
  });
  return sha256;
}

export async function exportBatch(archiveRoot: string, studies: RadiographStudy[]): Promise<Map<string, string>> {
  const digests = new Map<string, string>();
  for (const study of studies) {
    digests.set(study.studyId, await exportStudy(archiveRoot, study));
  }
  return digests;
}
