// expect: none
// The metadata, ACL and tag requests are started together and immediately combined with Promise.all, so every rejection is observed.
import { basename } from 'node:path';

export interface ObjectMetadata {
  key: string;
  size: number;
  etag: string;
  contentType: string;
  lastModified: Date;
}

export interface AclGrant {
  grantee: string;
  permission: 'READ' | 'WRITE' | 'FULL_CONTROL';
}

interface StorageApi {
  headObject(bucket: string, key: string, init?: { signal?: AbortSignal }): Promise<ObjectMetadata>;
  getObjectAcl(bucket: string, key: string, init?: { signal?: AbortSignal }): Promise<AclGrant[]>;
  getObjectTags(bucket: string, key: string, init?: { signal?: AbortSignal }): Promise<Record<string, string>>;
}

export interface ObjectReport {
  name: string;
  sizeHuman: string;
  publicRead: boolean;
  tags: Record<string, string>;
  meta: ObjectMetadata;
}

function humanSize(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let n = bytes;
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${n.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}

export class ObjectInspector {
  constructor(
    private readonly api: StorageApi,
    private readonly timeoutMs = 8_000,
  ) {}

  async inspect(bucket: string, key: string): Promise<ObjectReport> {
    const signal = AbortSignal.timeout(this.timeoutMs);

    const metaP = this.api.headObject(bucket, key, { signal });
    const aclP = this.api.getObjectAcl(bucket, key, { signal });
    const tagsP = this.api.getObjectTags(bucket, key, { signal });

    const [meta, acl, tags] = await Promise.all([metaP, aclP, tagsP]);

    return {
      name: basename(meta.key),
      sizeHuman: humanSize(meta.size),
      publicRead: acl.some((g) => g.grantee === 'AllUsers' && g.permission !== 'WRITE'),
      tags,
      meta,
    };
  }

  async inspectMany(bucket: string, keys: string[], concurrency = 4): Promise<ObjectReport[]> {
    const out: ObjectReport[] = [];
    for (let i = 0; i < keys.length; i += concurrency) {
      const slice = keys.slice(i, i + concurrency);
      const reports = await Promise.all(slice.map((k) => this.inspect(bucket, k)));
      out.push(...reports);
    }
    return out;
  }
}
