// expect: none
// Every wait in the chime test honours the caller's signal: the strike is awaited with once(..., { signal }), the pause between bells uses the signal-aware timers/promises setTimeout, and the recorder child process is spawned with the same signal.
import { execFile } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface Bell {
  name: string;
  expectedHz: number;
}

export interface StrikeEvent {
  bell: string;
  at: number;
}

export interface ChimeController extends EventEmitter {
  strike(bell: string): void;
}

export interface ChimeResult {
  bell: string;
  measuredHz: number;
  deviationCents: number;
  strikeLatencyMs: number;
}

function cents(measured: number, expected: number): number {
  return Math.round(1200 * Math.log2(measured / expected));
}

export async function testBell(controller: ChimeController, bell: Bell, signal: AbortSignal): Promise<ChimeResult> {
  const sentAt = Date.now();
  const [[event], { stdout }] = await Promise.all([
    once(controller, 'struck', { signal }),
    execFileAsync('bellpitch', ['--listen', '4', '--json'], { signal, timeout: 10_000 }),
    Promise.resolve(bell.name).then((name) => controller.strike(name)),
  ]);

  const { hz } = JSON.parse(stdout) as { hz: number };
  return {
    bell: bell.name,
    measuredHz: hz,
    deviationCents: cents(hz, bell.expectedHz),
    strikeLatencyMs: (event as StrikeEvent).at - sentAt,
  };
}

export async function testPeal(
  controller: ChimeController,
  bells: Bell[],
  signal: AbortSignal,
  pauseMs = 6_000,
): Promise<ChimeResult[]> {
  const results: ChimeResult[] = [];
  for (const [i, bell] of bells.entries()) {
    if (i > 0) await sleep(pauseMs, undefined, { signal });
    results.push(await testBell(controller, bell, signal));
  }
  return results;
}

export function outOfTune(results: ChimeResult[], toleranceCents = 15): string[] {
  return results.filter((r) => Math.abs(r.deviationCents) > toleranceCents).map((r) => `${r.bell} (${r.deviationCents} cents)`);
}
