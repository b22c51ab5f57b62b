// expect: none
// The deadline race clears its timer in finally and aborts the losing wind-tunnel request through its own controller, so nothing outlives the race.
export interface VaneDesign {
  designId: string;
  finAreaCm2: number;
  pivotOffsetMm: number;
  massGrams: number;
}

export interface TunnelRun {
  designId: string;
  windSpeedsKmh: number[];
  settleAngleDeg: number[];
  oscillationHz: number;
}

declare const tunnelRigUrl: string;

declare const designNotes: {
  attach(designId: string, note: string): Promise<void>;
};

class TunnelTimeoutError extends Error {
  constructor(designId: string, ms: number) {
    super(`wind tunnel run for ${designId} exceeded ${ms}ms`);
    this.name = 'TunnelTimeoutError';
  }
}

async function requestRun(design: VaneDesign, signal: AbortSignal): Promise<TunnelRun> {
  const res = await fetch(`${tunnelRigUrl}/runs`, {
    method: 'POST',
    signal,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ designId: design.designId, speeds: [10, 25, 40, 60] }),
  });
  if (!res.ok) throw new Error(`tunnel rig responded ${res.status}`);
  return (await res.json()) as TunnelRun;
}

export async function runWithDeadline(design: VaneDesign, ms: number): Promise<TunnelRun> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TunnelTimeoutError(design.designId, ms)), ms);
  });
  try {
    return await Promise.race([requestRun(design, controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

export function assessRun(design: VaneDesign, run: TunnelRun): string[] {
  const issues: string[] = [];
  const worstAngle = Math.max(...run.settleAngleDeg.map(Math.abs));
  if (worstAngle > 4) issues.push(`settles ${worstAngle.toFixed(1)}° off the wind`);
  if (run.oscillationHz > 1.5) issues.push(`hunts at ${run.oscillationHz.toFixed(2)} Hz`);
  const balance = (design.finAreaCm2 * design.pivotOffsetMm) / design.massGrams;
  if (balance < 8) issues.push(`fin moment too small (${balance.toFixed(1)})`);
  return issues;
}

export async function qualifyDesigns(designs: readonly VaneDesign[]): Promise<Record<string, 'pass' | 'fail' | 'timeout'>> {
  const verdicts: Record<string, 'pass' | 'fail' | 'timeout'> = {};
  for (const design of designs) {
    try {
      const run = await runWithDeadline(design, 90_000);
      const issues = assessRun(design, run);
      verdicts[design.designId] = issues.length === 0 ? 'pass' : 'fail';
      if (issues.length > 0) await designNotes.attach(design.designId, issues.join('; '));
    } catch (err) {
      if (!(err instanceof TunnelTimeoutError)) throw err;
      verdicts[design.designId] = 'timeout';
      await designNotes.attach(design.designId, err.message);
    }
  }
  return verdicts;
}
