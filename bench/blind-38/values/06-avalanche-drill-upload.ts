// expect: no-promise-as-value
// The upload body puts signer.sign(digest) into JSON without awaiting it, so the federation receives "signature": {} instead of the signature.
import { createHash } from 'node:crypto';

export interface SearcherRun {
  searcher: string;
  beaconModel: string;
  targets: number;
  found: number;
  totalSeconds: number;
  probeStrikes: number;
}

export interface DrillSession {
  drillId: string;
  club: string;
  site: string;
  startedAt: string;
  snowpack: 'powder' | 'wind-slab' | 'wet' | 'crust';
  runs: SearcherRun[];
}

declare const clubSigner: { keyId: string; sign(digest: string): Promise<string> };
declare const federationApi: { url: string; token: string };

export function grade(run: SearcherRun): 'gold' | 'silver' | 'bronze' | 'retrain' {
  if (run.found < run.targets) return 'retrain';
  const perTarget = run.totalSeconds / run.targets;
  if (perTarget <= 180) return 'gold';
  if (perTarget <= 300) return 'silver';
  return 'bronze';
}

function digestOf(session: DrillSession): string {
  const canonical = JSON.stringify([session.drillId, session.club, session.startedAt, session.runs.map((r) => [r.searcher, r.found, r.totalSeconds])]);
  return createHash('sha256').update(canonical).digest('hex');
}

export async function uploadDrill(session: DrillSession): Promise<{ accepted: boolean; grades: Record<string, string> }> {
  const grades = Object.fromEntries(session.runs.map((r) => [r.searcher, grade(r)]));
  const digest = digestOf(session);

  const body = JSON.stringify({
    drillId: session.drillId,
    club: session.club,
    site: session.site,
    startedAt: session.startedAt,
    snowpack: session.snowpack,
    runs: session.runs.map((r) => ({ ...r, grade: grades[r.searcher] })),
    integrity: {
      digest,
      keyId: clubSigner.keyId,
      signature: clubSigner.sign(digest),
    },
  });

  const res = await fetch(`${federationApi.url}/drills`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${federationApi.token}` },
    body,
  });
  if (res.status === 409) {
    return { accepted: false, grades };
  }
  if (!res.ok) {
    throw new Error(`federation rejected drill ${session.drillId}: HTTP ${res.status}`);
  }
  return { accepted: true, grades };
}
