// expect: no-multiple-settle
// The decode promise listens for 'message' and 'messageerror' only; if the worker throws or exits without posting, it never settles.
import { Worker } from 'node:worker_threads';
import path from 'node:path';

export interface StudyRef {
  studyId: string;
  patientId: string;
  modality: 'PAN' | 'CBCT' | 'BW';
}

export interface DecodedImage {
  studyId: string;
  width: number;
  height: number;
  bitsStored: number;
  pixels: Uint16Array;
}

type DecoderMessage =
  | { kind: 'decoded'; width: number; height: number; bitsStored: number; pixels: Uint16Array }
  | { kind: 'unsupported'; transferSyntax: string };

declare const imagingStore: {
  fetchDicom(studyId: string): Promise<Uint8Array>;
  saveThumbnail(studyId: string, pixels: Uint16Array, width: number, height: number): Promise<void>;
};

const DECODER_PATH = path.join(__dirname, 'workers', 'dicom-decoder.js');

class DecodeSlots {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async acquire(): Promise<void> {
    if (this.active < this.limit) {
      this.active += 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active += 1;
  }

  release(): void {
    this.active -= 1;
    const next = this.waiting.shift();
    if (next) next();
  }
}

const slots = new DecodeSlots(Math.max(1, Number(process.env.DECODE_WORKERS ?? 2)));

function decodeInWorker(study: StudyRef, bytes: Uint8Array): Promise<DecodedImage> {
  return new Promise<DecodedImage>((resolve, reject) => {
    const worker = new Worker(DECODER_PATH, {
      workerData: { studyId: study.studyId, modality: study.modality, bytes },
    });
    worker.once('message', (msg: DecoderMessage) => {
      if (msg.kind === 'unsupported') {
        reject(new Error(`study ${study.studyId}: unsupported transfer syntax ${msg.transferSyntax}`));
        return;
      }
      resolve({
        studyId: study.studyId,
        width: msg.width,
        height: msg.height,
        bitsStored: msg.bitsStored,
        pixels: msg.pixels,
      });
    });
    worker.once('messageerror', (err) => {
      reject(err);
    });
  });
}

export async function decodePanoramic(study: StudyRef): Promise<DecodedImage> {
  const bytes = await imagingStore.fetchDicom(study.studyId);
  await slots.acquire();
  try {
    return await decodeInWorker(study, bytes);
  } finally {
    slots.release();
  }
}

export async function buildThumbnails(studies: readonly StudyRef[]): Promise<number> {
  let written = 0;
  for (const study of studies) {
    if (study.modality === 'CBCT') continue;
    const image = await decodePanoramic(study);
    await imagingStore.saveThumbnail(study.studyId, image.pixels, image.width, image.height);
    written += 1;
  }
  return written;
}
