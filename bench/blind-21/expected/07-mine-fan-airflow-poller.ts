// expect: none
// Each poll iteration and each ventctl retry starts a new read/child process by calling the function again; nothing awaits a stale promise or an uncalled function.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';

const execFileAsync = promisify(execFile);

export interface AirflowSample {
  fanId: string;
  cubicMetresPerSec: number;
  methanePpm: number;
  takenAt: number;
}

declare const fanBus: {
  readAirflow(fanId: string, signal?: AbortSignal): Promise<AirflowSample>;
};

async function ventctl(args: string[], retries = 2): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      const { stdout } = await execFileAsync('/opt/vent/bin/ventctl', args, { timeout: 10_000 });
      return stdout.trim();
    } catch (err) {
      if (attempt >= retries) throw err;
      await sleep(1_000 * (attempt + 1));
    }
  }
}

export async function waitForSafeAirflow(
  fanId: string,
  minFlow: number,
  opts: { intervalMs?: number; timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<AirflowSample> {
  const { intervalMs = 2_000, timeoutMs = 120_000 } = opts;
  const controller = new AbortController();
  const timeout = setTimeout(() => controller.abort(new Error(`fan ${fanId} did not reach ${minFlow} m3/s`)), timeoutMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, controller.signal]) : controller.signal;

  const probe = () => fanBus.readAirflow(fanId, signal);

  try {
    while (true) {
      signal.throwIfAborted();
      const sample = await probe();
      if (sample.cubicMetresPerSec >= minFlow && sample.methanePpm < 10_000) {
        return sample;
      }
      await sleep(intervalMs, undefined, { signal });
    }
  } finally {
    clearTimeout(timeout);
  }
}

export async function rampSection(section: string, fanIds: string[], targetRpm: number): Promise<AirflowSample[]> {
  await ventctl(['section', section, '--mode', 'manual']);
  for (const fanId of fanIds) {
    await ventctl(['fan', fanId, '--rpm', String(targetRpm)]);
  }

  const minFlow = targetRpm > 1200 ? 45 : 20;
  const samples = await Promise.all(fanIds.map((id) => waitForSafeAirflow(id, minFlow)));
  await ventctl(['section', section, '--mode', 'auto']);
  return samples;
}
