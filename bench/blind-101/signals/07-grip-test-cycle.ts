// expect: none
// The inspection loop threads its signal into every wait it makes (the carrier-arrival once(), the settle sleep and the execFile of the grip tester), so stopping the cycle cancels whichever step is in progress.
import { execFile } from 'node:child_process';
import { once, EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface CarrierArrival {
  carrierId: number;
  station: 'bottom' | 'top';
}

export interface GripResult {
  carrierId: number;
  newtons: number;
  pass: boolean;
}

export class CarrierStream extends EventEmitter {}

const MIN_GRIP_N = 5_200;

async function testGrip(tester: string, carrierId: number, signal: AbortSignal): Promise<GripResult> {
  const { stdout } = await execFileAsync(tester, ['--carrier', String(carrierId), '--json'], {
    signal,
    timeout: 20_000,
  });
  const { newtons } = JSON.parse(stdout) as { newtons: number };
  return { carrierId, newtons, pass: newtons >= MIN_GRIP_N };
}

export async function runGripCycle(
  carriers: CarrierStream,
  tester: string,
  fleetSize: number,
  signal: AbortSignal,
): Promise<GripResult[]> {
  const tested = new Map<number, GripResult>();

  while (tested.size < fleetSize) {
    const [arrival] = (await once(carriers, 'arrival', { signal })) as [CarrierArrival];
    if (arrival.station !== 'bottom' || tested.has(arrival.carrierId)) continue;

    await sleep(1_500, undefined, { signal });
    const result = await testGrip(tester, arrival.carrierId, signal);
    tested.set(arrival.carrierId, result);

    if (!result.pass) {
      console.error(`[grip] carrier ${result.carrierId}: ${result.newtons} N below ${MIN_GRIP_N} N, pull from line`);
    }
  }

  return [...tested.values()].sort((a, b) => a.carrierId - b.carrierId);
}

export async function morningInspection(carriers: CarrierStream, tester: string): Promise<string> {
  const results = await runGripCycle(carriers, tester, 84, AbortSignal.timeout(90 * 60_000));
  const failed = results.filter((r) => !r.pass);
  return failed.length === 0
    ? `all ${results.length} carriers passed grip test`
    : `${failed.length} carriers failed: ${failed.map((r) => r.carrierId).join(', ')}`;
}
