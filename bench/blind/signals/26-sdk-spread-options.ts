// expect: none
// The storage wrapper forwards the caller's options object (which carries signal) to the SDK by spreading it, so the signal reaches every call.

interface ObjectBody {
  bytes: Uint8Array;
  etag: string;
}

declare class BlobStorageClient {
  headObject(req: { bucket: string; key: string; signal?: AbortSignal }): Promise<{ etag: string } | null>;
  getObject(req: { bucket: string; key: string; signal?: AbortSignal }): Promise<ObjectBody>;
  putObject(req: { bucket: string; key: string; body: Uint8Array; signal?: AbortSignal }): Promise<{ etag: string }>;
}

export interface CopyOptions {
  signal?: AbortSignal;
  overwrite?: boolean;
}

export async function copyObject(
  storage: BlobStorageClient,
  bucket: string,
  from: string,
  to: string,
  options: CopyOptions = {},
): Promise<string> {
  const { overwrite = false, ...callOpts } = options;
  if (!overwrite) {
    const existing = await storage.headObject({ bucket, key: to, ...callOpts });
    if (existing) {
      throw new Error(`${to} already exists in ${bucket}`);
    }
  }
  const source = await storage.getObject({ bucket, key: from, ...callOpts });
  const { etag } = await storage.putObject({ bucket, key: to, body: source.bytes, ...callOpts });
  return etag;
}
