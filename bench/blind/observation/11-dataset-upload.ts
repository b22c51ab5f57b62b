// expect: no-unobserved-promise
// The upload is started before the extension check, and when the check fails the function throws without awaiting or handling the in-flight upload promise.
import { basename, extname } from "node:path";

declare class ObjectStore {
  putFile(bucket: string, key: string, localPath: string): Promise<{ etag: string }>;
  tag(bucket: string, key: string, tags: Record<string, string>): Promise<void>;
}

const ALLOWED = new Set([".csv", ".parquet", ".json"]);

export class ValidationError extends Error {}

export async function uploadDataset(store: ObjectStore, bucket: string, localPath: string): Promise<string> {
  const key = `datasets/${Date.now()}-${basename(localPath)}`;
  const uploadP = store.putFile(bucket, key, localPath);

  const ext = extname(localPath).toLowerCase();
  if (!ALLOWED.has(ext)) {
    throw new ValidationError(`unsupported dataset type "${ext}" for ${localPath}`);
  }

  const { etag } = await uploadP;
  await store.tag(bucket, key, { format: ext.slice(1), source: "cli" });
  return `${bucket}/${key}#${etag}`;
}
