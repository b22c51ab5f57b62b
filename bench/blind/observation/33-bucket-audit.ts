// expect: no-unobserved-promise
// Three SDK calls are started together and awaited one by one; while the first is pending, a rejection of the second or third has no handler.
declare class StorageClient {
  constructor(opts: { region: string });
  getBucketPolicy(bucket: string): Promise<string | null>;
  getBucketEncryption(bucket: string): Promise<{ algorithm: string } | null>;
  getPublicAccessBlock(bucket: string): Promise<{ blockAll: boolean }>;
}

export interface BucketAudit {
  bucket: string;
  hasPolicy: boolean;
  encrypted: boolean;
  publicBlocked: boolean;
}

export async function auditBucket(bucket: string, region = "eu-west-1"): Promise<BucketAudit> {
  const client = new StorageClient({ region });

  const policyReq = client.getBucketPolicy(bucket);
  const encryptionReq = client.getBucketEncryption(bucket);
  const accessReq = client.getPublicAccessBlock(bucket);

  const policy = await policyReq;
  const encryption = await encryptionReq;
  const access = await accessReq;

  return {
    bucket,
    hasPolicy: policy !== null,
    encrypted: encryption !== null && encryption.algorithm !== "none",
    publicBlocked: access.blockAll,
  };
}
