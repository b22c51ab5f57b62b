// expect: require-signal-propagation
// downloadSpecimenImage receives opts.signal but never passes it to the fetch of the image bytes, so cancelled imports keep downloading.
import { createHash } from "node:crypto";

export interface SpecimenRecord {
  catalogNumber: string;
  collector: string;
  imageUrls: string[];
}

export interface ImportOptions {
  signal?: AbortSignal;
  maxBytes?: number;
  onProgress?: (catalogNumber: string, done: number, total: number) => void;
}

export interface StoredImage {
  url: string;
  sha256: string;
  bytes: number;
  contentType: string;
}

declare const imageStore: {
  put(key: string, data: Uint8Array, contentType: string): Promise<void>;
  has(key: string): Promise<boolean>;
};

const DEFAULT_MAX_BYTES = 40 * 1024 * 1024;

function keyFor(catalogNumber: string, sha: string): string {
  return `specimens/${catalogNumber.replace(/[^A-Z0-9-]/gi, "_")}/${sha}`;
}

async function downloadSpecimenImage(url: string, opts: ImportOptions): Promise<{ data: Uint8Array; contentType: string }> {
  const res = await fetch(url, {
    headers: { accept: "image/tiff, image/jpeg;q=0.9" },
    redirect: "follow",
  });
  if (!res.ok) {
    throw new Error(`image server returned ${res.status} for ${url}`);
  }
  const declared = Number(res.headers.get("content-length") ?? "0");
  const limit = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (declared > limit) {
    await res.body?.cancel();
    throw new Error(`image at ${url} is ${declared} bytes, over the ${limit} limit`);
  }
  const buf = new Uint8Array(await res.arrayBuffer());
  return { data: buf, contentType: res.headers.get("content-type") ?? "application/octet-stream" };
}

export async function importSpecimenImages(record: SpecimenRecord, opts: ImportOptions = {}): Promise<StoredImage[]> {
  const stored: StoredImage[] = [];
  let done = 0;

  for (const url of record.imageUrls) {
    opts.signal?.throwIfAborted();

    const { data, contentType } = await downloadSpecimenImage(url, opts);
    const sha256 = createHash("sha256").update(data).digest("hex");
    const key = keyFor(record.catalogNumber, sha256);

    // Duplicate sheets are common when a specimen was re-scanned
    if (!(await imageStore.has(key))) {
      await imageStore.put(key, data, contentType);
    }

    stored.push({ url, sha256, bytes: data.byteLength, contentType });
    done += 1;
    opts.onProgress?.(record.catalogNumber, done, record.imageUrls.length);
  }

  return stored;
}
