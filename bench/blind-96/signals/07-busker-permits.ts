// expect: none
// reviewQueue holds opts.signal and hands it to every cancellable call it makes (the readline prompt, each fetch and the rate-limit sleep) and checks it between applications, so Ctrl-C stops the review wherever it is waiting.
import { createInterface } from 'node:readline/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { stdin, stdout } from 'node:process';

export interface Application {
  id: string;
  performer: string;
  pitch: string;
  act: string;
  noiseRating: number;
}

export interface ReviewOptions {
  apiBase: string;
  signal: AbortSignal;
  rateLimitMs?: number;
}

export type Decision = 'approve' | 'reject' | 'skip';

function parseDecision(answer: string): Decision {
  const a = answer.trim().toLowerCase();
  if (a === 'y' || a === 'yes') return 'approve';
  if (a === 'n' || a === 'no') return 'reject';
  return 'skip';
}

export async function reviewQueue(opts: ReviewOptions): Promise<Record<Decision, number>> {
  const { apiBase, signal, rateLimitMs = 250 } = opts;
  const tally: Record<Decision, number> = { approve: 0, reject: 0, skip: 0 };

  const res = await fetch(`${apiBase}/applications?status=pending`, { signal });
  if (!res.ok) throw new Error(`could not load queue: HTTP ${res.status}`);
  const queue = (await res.json()) as Application[];

  const rl = createInterface({ input: stdin, output: stdout });
  try {
    for (const app of queue) {
      signal.throwIfAborted();
      const prompt = `[${app.id}] ${app.performer} — ${app.act} at ${app.pitch} (noise ${app.noiseRating}/5). Approve? [y/n/s] `;
      const decision = parseDecision(await rl.question(prompt, { signal }));
      tally[decision] += 1;
      if (decision === 'skip') continue;

      const update = await fetch(`${apiBase}/applications/${app.id}/decision`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ decision }),
        signal,
      });
      if (!update.ok) throw new Error(`recording decision for ${app.id} failed: HTTP ${update.status}`);
      await sleep(rateLimitMs, undefined, { signal });
    }
  } finally {
    rl.close();
  }
  return tally;
}

export async function main(): Promise<void> {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort(new Error('review interrupted')));
  const tally = await reviewQueue({ apiBase: process.env.PERMITS_API ?? 'http://localhost:8080', signal: controller.signal });
  console.log(`approved ${tally.approve}, rejected ${tally.reject}, skipped ${tally.skip}`);
}
