// expect: none
// The caller's signal is combined with a per-request timeout for fetch and handed to both spawn and once(), so cancelling the results run stops the download, kills the print job and rejects the exit wait instead of leaving any of them running.
import { spawn } from 'node:child_process';
import { once } from 'node:events';

export interface ScoredRun {
  runNo: number;
  handler: string;
  dog: string;
  points: number;
  timeSec: number;
  retired: boolean;
}

export interface PrintOptions {
  printer: string;
  copies?: number;
  requestTimeoutMs?: number;
}

export function formatSheet(trialName: string, runs: ScoredRun[]): string {
  const ranked = runs
    .filter((r) => !r.retired)
    .sort((a, b) => b.points - a.points || a.timeSec - b.timeSec);
  const lines = ranked.map(
    (r, i) => `${String(i + 1).padStart(2)}. ${r.handler.padEnd(22)} ${r.dog.padEnd(12)} ${String(r.points).padStart(3)} pts  ${r.timeSec}s`,
  );
  const retired = runs.filter((r) => r.retired).map((r) => `    RT  ${r.handler} with ${r.dog}`);
  return [trialName.toUpperCase(), '', ...lines, '', ...retired, ''].join('\n');
}

export async function printResults(
  apiBase: string,
  trialId: string,
  opts: PrintOptions,
  signal: AbortSignal,
): Promise<number> {
  const requestSignal = AbortSignal.any([signal, AbortSignal.timeout(opts.requestTimeoutMs ?? 10_000)]);
  const res = await fetch(`${apiBase}/trials/${trialId}/results`, { signal: requestSignal });
  if (!res.ok) throw new Error(`results for ${trialId}: HTTP ${res.status}`);
  const { name, runs } = (await res.json()) as { name: string; runs: ScoredRun[] };

  const lpr = spawn('lpr', ['-P', opts.printer, '-#', String(opts.copies ?? 1)], {
    stdio: ['pipe', 'ignore', 'inherit'],
    signal,
  });
  // EPIPE here means lpr died early; its exit code below reports the real failure.
  lpr.stdin.on('error', () => {});
  lpr.stdin.end(formatSheet(name, runs));

  const [code] = (await once(lpr, 'exit', { signal })) as [number | null];
  if (code !== 0) throw new Error(`lpr exited with ${code}`);
  return runs.length;
}
