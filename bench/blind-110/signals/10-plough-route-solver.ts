// expect: none
// optimiseRoutes() hands the caller's signal to spawn() and to events.once(), and dispatchPlan() passes it to fetch, so cancelling kills the solver and stops the upload.
import { spawn } from 'node:child_process';
import { once } from 'node:events';

export interface StreetSegment {
  id: string;
  fromNode: number;
  toNode: number;
  lengthM: number;
  lanes: number;
  priority: 1 | 2 | 3;
}

export interface RoutingProblem {
  depotNode: number;
  trucks: number;
  segments: StreetSegment[];
}

export interface Solution {
  routes: Array<{ truck: number; segmentIds: string[]; km: number }>;
  objective: number;
}

export async function optimiseRoutes(
  problem: RoutingProblem,
  opts: { solverPath: string; signal: AbortSignal; timeLimitS?: number },
): Promise<Solution> {
  const child = spawn(opts.solverPath, ['--stdin', '--json', `--time-limit=${opts.timeLimitS ?? 60}`], {
    signal: opts.signal,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let stdinError: Error | undefined;
  child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
  child.stdin.on('error', (e) => (stdinError = e));
  child.stdin.end(JSON.stringify(problem));

  const [code] = (await once(child, 'close', { signal: opts.signal })) as [number | null];
  if (code !== 0) {
    throw new Error(`route solver exited with ${code}: ${err.trim().slice(0, 300) || stdinError?.message || 'no output'}`);
  }
  return JSON.parse(out) as Solution;
}

export async function dispatchPlan(
  problem: RoutingProblem,
  opts: { solverPath: string; dispatchUrl: string; signal: AbortSignal },
): Promise<number> {
  const solution = await optimiseRoutes(problem, { solverPath: opts.solverPath, signal: opts.signal });
  const res = await fetch(opts.dispatchUrl, {
    method: 'PUT',
    signal: opts.signal,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ issuedAt: new Date().toISOString(), routes: solution.routes }),
  });
  if (!res.ok) throw new Error(`dispatch board rejected the plan: HTTP ${res.status}`);
  return solution.routes.length;
}
