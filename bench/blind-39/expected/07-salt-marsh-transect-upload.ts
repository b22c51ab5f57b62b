// expect: none
// The retry helper takes a factory and starts a fresh upload on every attempt; the status poll issues a new request on each pass.
import { setTimeout as sleep } from 'node:timers/promises';

export interface QuadratSample {
  transectId: string;
  quadrat: number;
  elevationCm: number;
  salinityPpt: number;
  species: Record<string, number>;
  bareGroundPct: number;
}

export interface TransectUpload {
  transectId: string;
  surveyor: string;
  surveyedOn: string;
  samples: QuadratSample[];
}

interface IngestStatus {
  jobId: string;
  state: 'queued' | 'validating' | 'accepted' | 'failed';
  messages: string[];
}

declare const marshArchive: {
  submit(upload: TransectUpload): Promise<{ jobId: string }>;
  status(jobId: string): Promise<IngestStatus>;
};

async function retry<T>(attempt: () => Promise<T>, tries: number, delayMs: number): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (i >= tries) throw err;
      await sleep(delayMs * i);
    }
  }
}

async function waitForIngest(jobId: string, maxPolls = 30): Promise<IngestStatus> {
  for (let poll = 0; poll < maxPolls; poll++) {
    const status = await marshArchive.status(jobId);
    if (status.state === 'accepted' || status.state === 'failed') {
      return status;
    }
    await sleep(2_000);
  }
  throw new Error(`ingest job ${jobId} still running after ${maxPolls} polls`);
}

function validate(upload: TransectUpload): string[] {
  const problems: string[] = [];
  const seen = new Set<number>();
  for (const s of upload.samples) {
    if (seen.has(s.quadrat)) problems.push(`duplicate quadrat ${s.quadrat}`);
    seen.add(s.quadrat);
    const cover = Object.values(s.species).reduce((a, b) => a + b, 0) + s.bareGroundPct;
    if (cover < 95 || cover > 105) problems.push(`quadrat ${s.quadrat} cover sums to ${cover}%`);
    if (s.salinityPpt < 0 || s.salinityPpt > 60) problems.push(`quadrat ${s.quadrat} salinity out of range`);
  }
  return problems;
}

export async function uploadTransect(upload: TransectUpload): Promise<IngestStatus> {
  const problems = validate(upload);
  if (problems.length > 0) {
    return { jobId: '', state: 'failed', messages: problems };
  }

  const sorted: TransectUpload = {
    ...upload,
    samples: [...upload.samples].sort((a, b) => a.quadrat - b.quadrat),
  };

  const { jobId } = await retry(() => marshArchive.submit(sorted), 4, 1_500);
  return waitForIngest(jobId);
}

export function dominantSpecies(samples: QuadratSample[]): string | undefined {
  const totals = new Map<string, number>();
  for (const s of samples) {
    for (const [name, pct] of Object.entries(s.species)) {
      totals.set(name, (totals.get(name) ?? 0) + pct);
    }
  }
  let best: string | undefined;
  let bestPct = -1;
  for (const [name, pct] of totals) {
    if (pct > bestPct) {
      best = name;
      bestPct = pct;
    }
  }
  return best;
}
