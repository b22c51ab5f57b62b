// expect: no-leaked-race
// withDeadline races the submission against a setTimeout that is never cleared, and the losing fetch is never aborted when the deadline wins.
import { createHash } from 'node:crypto';

export interface Passenger {
  surname: string;
  givenNames: string;
  documentNo: string;
  nationality: string;
  berth?: string;
}

export interface Vehicle {
  registration: string;
  lengthM: number;
  hazardous: boolean;
}

export interface Manifest {
  sailingId: string;
  departurePort: string;
  arrivalPort: string;
  departsAt: string;
  passengers: Passenger[];
  vehicles: Vehicle[];
}

export interface SubmissionReceipt {
  reference: string;
  acceptedAt: string;
  checksum: string;
}

const PORT_AUTHORITY_URL = 'https://pa.example.gov/api/v2/manifests';
const SUBMIT_TIMEOUT_MS = 15_000;

function withDeadline<T>(work: Promise<T>, ms: number, label: string): Promise<T> {
  return Promise.race([
    work,
    new Promise<T>((_, reject) => {
      setTimeout(() => reject(new Error(`${label} timed out after ${ms}ms`)), ms);
    }),
  ]);
}

function manifestChecksum(manifest: Manifest): string {
  const hash = createHash('sha256');
  hash.update(manifest.sailingId);
  for (const p of manifest.passengers) hash.update(`${p.documentNo}|${p.surname}`);
  for (const v of manifest.vehicles) hash.update(`${v.registration}|${v.hazardous ? 1 : 0}`);
  return hash.digest('hex');
}

function validate(manifest: Manifest): string[] {
  const problems: string[] = [];
  const docs = new Set<string>();
  for (const p of manifest.passengers) {
    if (docs.has(p.documentNo)) problems.push(`duplicate document ${p.documentNo}`);
    docs.add(p.documentNo);
  }
  const hazardous = manifest.vehicles.filter((v) => v.hazardous).length;
  if (hazardous > 2) problems.push(`${hazardous} hazardous vehicles exceeds deck limit`);
  return problems;
}

async function postManifest(manifest: Manifest, checksum: string): Promise<SubmissionReceipt> {
  const res = await fetch(PORT_AUTHORITY_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-manifest-checksum': checksum },
    body: JSON.stringify(manifest),
  });
  if (res.status !== 201) {
    throw new Error(`port authority rejected manifest ${manifest.sailingId}: ${res.status}`);
  }
  const body = (await res.json()) as { reference: string; acceptedAt: string };
  return { ...body, checksum };
}

export async function submitManifest(manifest: Manifest): Promise<SubmissionReceipt> {
  const problems = validate(manifest);
  if (problems.length > 0) {
    throw new Error(`manifest ${manifest.sailingId} invalid: ${problems.join('; ')}`);
  }
  const checksum = manifestChecksum(manifest);
  return withDeadline(postManifest(manifest, checksum), SUBMIT_TIMEOUT_MS, 'manifest submission');
}
