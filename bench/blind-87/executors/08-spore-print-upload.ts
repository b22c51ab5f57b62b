// expect: no-multiple-settle
// The gzip callback rejects on error but does not return, so it falls through and resolves as well.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { gzip } from 'node:zlib';

export interface SporePrint {
  tourId: string;
  specimenId: string;
  imagePath: string;
  colour: 'white' | 'cream' | 'pink' | 'brown' | 'purple-brown' | 'black';
  foragerName: string;
}

export interface UploadReceipt {
  url: string;
  bytes: number;
}

const GALLERY_API = process.env.GALLERY_API ?? 'https://tours.chanterelle-walks.example/api/gallery';

function gzipAsync(buf: Buffer): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    gzip(buf, { level: 9 }, (err, out) => {
      if (err) {
        console.error(`[gallery] compression failed: ${err.message}`);
        reject(err);
      }
      resolve(out);
    });
  });
}

export async function uploadSporePrint(print: SporePrint, token: string): Promise<UploadReceipt> {
  const raw = await readFile(print.imagePath);
  const body = await gzipAsync(raw);

  const res = await fetch(`${GALLERY_API}/tours/${print.tourId}/spore-prints`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'image/tiff',
      'content-encoding': 'gzip',
      'x-specimen': print.specimenId,
      'x-spore-colour': print.colour,
      'x-filename': basename(print.imagePath),
      'x-forager': encodeURIComponent(print.foragerName),
    },
    body: new Uint8Array(body),
  });
  if (!res.ok) {
    throw new Error(`gallery rejected ${print.specimenId}: ${res.status} ${await res.text()}`);
  }
  const { url } = (await res.json()) as { url: string };
  return { url, bytes: body.length };
}

export async function uploadTourPrints(prints: SporePrint[], token: string) {
  const receipts: UploadReceipt[] = [];
  const failures: string[] = [];
  for (const print of prints) {
    try {
      receipts.push(await uploadSporePrint(print, token));
    } catch (err) {
      failures.push(`${print.specimenId}: ${(err as Error).message}`);
    }
  }
  return { receipts, failures };
}
