// expect: no-unobserved-promise
// The manifest download starts before the permission lookup; on the forbidden path (or when the IAM call throws) it is never awaited, so a failed download (missing object, 403 from storage) becomes an unhandled rejection that takes the process down.
import { createHash } from 'node:crypto';

interface StoredObject {
  body: Uint8Array;
  etag: string;
  contentType: string;
}

declare const storage: {
  getObject(bucket: string, key: string, opts?: { signal?: AbortSignal }): Promise<StoredObject>;
  putObject(
    bucket: string,
    key: string,
    body: Uint8Array,
    opts?: { contentType?: string; ifMatch?: string; signal?: AbortSignal },
  ): Promise<{ etag: string }>;
};
declare const iam: { getPermissions(principal: string): Promise<string[]> };
declare const audit: { record(event: string, data: Record<string, unknown>): void };

export interface PublishRequest {
  principal: string;
  project: string;
  version: string;
  channel: 'stable' | 'beta';
}

export type PublishResult =
  { status: 'published'; digest: string; etag: string } | { status: 'forbidden' } | { status: 'invalid'; reason: string };

const ARTIFACT_BUCKET = 'release-artifacts';
const CHANNEL_BUCKET = 'release-channels';

function requiredPermission({ channel, project }: PublishRequest): string {
  return channel === 'stable' ? `release:publish:${project}` : `release:beta:${project}`;
}

export async function publishRelease(req: PublishRequest): Promise<PublishResult> {
  const manifestKey = `${req.project}/${req.version}/manifest.json`;
  const manifestDownload = storage.getObject(ARTIFACT_BUCKET, manifestKey);

  const granted = await iam.getPermissions(req.principal);
  if (!granted.includes(requiredPermission(req)) && !granted.includes('release:*')) {
    audit.record('release.publish.denied', {
      principal: req.principal,
      project: req.project,
      channel: req.channel,
    });
    return { status: 'forbidden' };
  }

  const manifest = await manifestDownload;
  if (!manifest.contentType.startsWith('application/json')) {
    return { status: 'invalid', reason: `unexpected content type ${manifest.contentType}` };
  }

  let parsed: { version?: string; files?: string[] };
  try {
    parsed = JSON.parse(new TextDecoder().decode(manifest.body));
  } catch (err) {
    return { status: 'invalid', reason: `manifest is not valid JSON: ${(err as Error).message}` };
  }
  if (parsed.version !== req.version || !parsed.files?.length) {
    return { status: 'invalid', reason: 'manifest version mismatch or empty file list' };
  }

  const digest = createHash('sha256').update(manifest.body).digest('hex');
  const pointer = new TextEncoder().encode(
    JSON.stringify({ version: req.version, digest, manifestEtag: manifest.etag, publishedBy: req.principal }),
  );
  const { etag } = await storage.putObject(CHANNEL_BUCKET, `${req.project}/${req.channel}.json`, pointer, {
    contentType: 'application/json',
  });
  audit.record('release.publish', { principal: req.principal, project: req.project, version: req.version, digest });
  return { status: 'published', digest, etag };
}
