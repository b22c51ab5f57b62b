// expect: no-multiple-settle
// The gunzip callback rejects on error but does not return, so it falls through and also calls resolve.
import { gunzip } from 'node:zlib';
import { readFile } from 'node:fs/promises';

export interface DigPermit {
  permitId: string;
  siteCode: string;
  holder: string;
  validFrom: string;
  validUntil: string;
  maxDepthMeters: number;
  protectedStrata: string[];
}

export interface PermitArchive {
  generatedAt: string;
  region: string;
  permits: DigPermit[];
}

declare const permitAuditLog: {
  record(event: string, details: Record<string, unknown>): void;
};

const ARCHIVE_MAGIC = Buffer.from([0x1f, 0x8b]);

function inflateArchive(buffer: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    gunzip(buffer, (err, inflated) => {
      if (err) {
        permitAuditLog.record('archive.inflate_failed', {
          bytes: buffer.length,
          code: (err as NodeJS.ErrnoException).code,
        });
        reject(new Error(`Permit archive is corrupt: ${err.message}`, { cause: err }));
      }
      resolve(inflated);
    });
  });
}

function isPermit(value: unknown): value is DigPermit {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.permitId === 'string' &&
    typeof candidate.siteCode === 'string' &&
    typeof candidate.maxDepthMeters === 'number' &&
    Array.isArray(candidate.protectedStrata)
  );
}

export async function loadPermitArchive(path: string): Promise<PermitArchive> {
  const raw = await readFile(path);
  const payload = raw.subarray(0, 2).equals(ARCHIVE_MAGIC) ? await inflateArchive(raw) : raw;
  const parsed = JSON.parse(payload.toString('utf8')) as Partial<PermitArchive>;

  if (!Array.isArray(parsed.permits)) {
    throw new Error(`Archive ${path} has no permits array`);
  }

  const permits = parsed.permits.filter(isPermit);
  const dropped = parsed.permits.length - permits.length;
  if (dropped > 0) {
    permitAuditLog.record('archive.permits_dropped', { path, dropped });
  }

  return {
    generatedAt: parsed.generatedAt ?? new Date(0).toISOString(),
    region: parsed.region ?? 'unknown',
    permits,
  };
}

export function permitsActiveOn(archive: PermitArchive, day: Date): DigPermit[] {
  const stamp = day.toISOString().slice(0, 10);
  return archive.permits.filter((p) => p.validFrom <= stamp && stamp <= p.validUntil);
}

export function canExcavate(
  archive: PermitArchive,
  siteCode: string,
  depthMeters: number,
  stratum: string,
  day = new Date(),
): { allowed: boolean; reason: string } {
  const active = permitsActiveOn(archive, day).filter((p) => p.siteCode === siteCode);
  if (active.length === 0) {
    return { allowed: false, reason: `no active permit for site ${siteCode}` };
  }
  const deepEnough = active.filter((p) => p.maxDepthMeters >= depthMeters);
  if (deepEnough.length === 0) {
    const maxDepth = Math.max(...active.map((p) => p.maxDepthMeters));
    return { allowed: false, reason: `depth ${depthMeters}m exceeds permitted ${maxDepth}m` };
  }
  const unrestricted = deepEnough.find((p) => !p.protectedStrata.includes(stratum));
  if (!unrestricted) {
    return { allowed: false, reason: `stratum ${stratum} is protected at ${siteCode}` };
  }
  return { allowed: true, reason: `covered by ${unrestricted.permitId} (${unrestricted.holder})` };
}
