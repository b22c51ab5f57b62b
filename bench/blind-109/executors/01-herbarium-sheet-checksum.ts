// expect: none
// The digest promise only settles from the stream's single 'end' or 'error' event (the repeating 'data' handler just feeds the hash), and the listeners are detached on the first of them, so it settles exactly once.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';

export interface SheetScan {
  barcode: string;
  path: string;
  bytes: number;
  sha256: string;
}

export interface ScanCatalogue {
  has(barcode: string, sha256: string): boolean;
  record(scan: SheetScan): void;
}

const BARCODE = /^([A-Z]{1,4}\d{6,9})(?:_[a-z]+)?\.tiff?$/;

export function barcodeFromFile(path: string): string {
  const match = BARCODE.exec(basename(path));
  if (!match) {
    throw new Error(`not a herbarium sheet scan: ${basename(path)}`);
  }
  return match[1];
}

export function sha256File(path: string, highWaterMark = 1 << 20): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const hash = createHash('sha256');
    const input = createReadStream(path, { highWaterMark });

    const onData = (chunk: string | Buffer) => {
      hash.update(chunk);
    };
    const onEnd = () => {
      detach();
      resolve(hash.digest('hex'));
    };
    const onError = (err: Error) => {
      detach();
      input.destroy();
      reject(new Error(`could not read ${path}: ${err.message}`, { cause: err }));
    };
    const detach = () => {
      input.off('data', onData);
      input.off('end', onEnd);
      input.off('error', onError);
    };

    input.on('data', onData);
    input.once('end', onEnd);
    input.once('error', onError);
  });
}

export async function registerScan(path: string, catalogue: ScanCatalogue): Promise<SheetScan | null> {
  const barcode = barcodeFromFile(path);
  const info = await stat(path);
  if (info.size === 0) {
    throw new Error(`empty scan for ${barcode}`);
  }

  const sha256 = await sha256File(path);
  if (catalogue.has(barcode, sha256)) {
    return null;
  }

  const scan: SheetScan = { barcode, path, bytes: info.size, sha256 };
  catalogue.record(scan);
  return scan;
}

export async function registerFolder(paths: string[], catalogue: ScanCatalogue): Promise<SheetScan[]> {
  const added: SheetScan[] = [];
  for (const path of paths) {
    const scan = await registerScan(path, catalogue);
    if (scan) added.push(scan);
  }
  return added;
}
