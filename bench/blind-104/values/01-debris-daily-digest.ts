// expect: none
// Every async lookup is awaited before its value reaches JSON.stringify, the template string or the if-check, so the digest carries real counts and flags rather than promise objects.
import { writeFile } from 'node:fs/promises';

export interface TrackedObject {
  noradId: number;
  name: string;
  decayingWithinDays: number | null;
}

export interface Conjunction {
  primary: number;
  secondary: number;
  tcaIso: string;
  probability: number;
}

export interface TrackingStore {
  objects(): Promise<TrackedObject[]>;
  conjunctions(sinceIso: string): Promise<Conjunction[]>;
  isSuppressed(noradId: number): Promise<boolean>;
}

export interface Digest {
  generatedAt: string;
  tracked: number;
  reentries: string[];
  highRisk: Conjunction[];
}

const HIGH_RISK = 1e-4;

export async function buildDigest(store: TrackingStore, since: Date): Promise<Digest> {
  const [objects, conjunctions] = await Promise.all([store.objects(), store.conjunctions(since.toISOString())]);

  const highRisk: Conjunction[] = [];
  for (const c of conjunctions) {
    if (c.probability < HIGH_RISK) continue;
    if (await store.isSuppressed(c.secondary)) continue;
    highRisk.push(c);
  }

  return {
    generatedAt: new Date().toISOString(),
    tracked: objects.length,
    reentries: objects.filter((o) => o.decayingWithinDays !== null && o.decayingWithinDays <= 7).map((o) => o.name),
    highRisk,
  };
}

export async function publishDigest(store: TrackingStore, outFile: string): Promise<string> {
  const since = new Date(Date.now() - 24 * 3600_000);
  const digest = await buildDigest(store, since);
  await writeFile(outFile, JSON.stringify(digest, null, 2), 'utf8');

  const headline =
    digest.highRisk.length > 0
      ? `${digest.highRisk.length} high-risk conjunction(s) in the last 24h`
      : 'No high-risk conjunctions in the last 24h';
  return `${headline}; ${digest.tracked} objects tracked, ${digest.reentries.length} re-entering this week`;
}
