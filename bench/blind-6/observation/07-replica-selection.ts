// expect: none
// Every probe is handed to Promise.allSettled in the same tick it is created and each rejected probe's reason is logged, so no probe rejection goes unobserved.
interface ProbeResult {
  url: string;
  lagMs: number;
  rttMs: number;
}

declare function probeReplica(url: string, timeoutMs: number): Promise<ProbeResult>;

export interface ReplicaChoice {
  url: string;
  reason: 'primary-healthy' | 'lowest-lag';
  unhealthy: string[];
}

export async function chooseReadReplica(urls: string[], maxLagMs = 2_000): Promise<ReplicaChoice> {
  if (urls.length === 0) throw new Error('no replicas configured');

  const probes = urls.map((url) => probeReplica(url, 1_500));
  const outcomes = await Promise.allSettled(probes);

  const healthy: ProbeResult[] = [];
  const unhealthy: string[] = [];
  outcomes.forEach((outcome, i) => {
    if (outcome.status === 'fulfilled' && outcome.value.lagMs <= maxLagMs) {
      healthy.push(outcome.value);
    } else {
      const why =
        outcome.status === 'rejected' ? String((outcome.reason as Error)?.message ?? outcome.reason) : `lag ${outcome.value.lagMs}ms`;
      console.warn(`[replicas] ${urls[i]} unhealthy: ${why}`);
      unhealthy.push(urls[i]);
    }
  });

  const primary = healthy.find((r) => r.url === urls[0]);
  if (primary) return { url: primary.url, reason: 'primary-healthy', unhealthy };

  if (healthy.length === 0) {
    throw new Error(`all ${urls.length} replicas unhealthy`);
  }
  healthy.sort((a, b) => a.lagMs - b.lagMs || a.rttMs - b.rttMs);
  return { url: healthy[0].url, reason: 'lowest-lag', unhealthy };
}
