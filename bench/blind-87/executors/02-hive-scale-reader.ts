// expect: none
// The 'line' listener may fire many times, but every settle path goes through finish(), which checks a flag and removes all listeners and the timer; error and close are covered.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface HiveWeight {
  hiveId: string;
  kg: number;
  at: Date;
}

// Frames look like "W:<hive>:<kg>:S" when the load cell has settled, ":U" while it is still moving.
const STABLE_FRAME = /^W:([\w-]+):([\d.]+):S$/;

export function readStableWeight(
  devicePath: string,
  hiveId: string,
  timeoutMs = 15_000,
): Promise<HiveWeight> {
  return new Promise<HiveWeight>((resolve, reject) => {
    const port = createReadStream(devicePath, { encoding: 'ascii' });
    const rl = createInterface({ input: port, crlfDelay: Infinity });
    let settled = false;

    const finish = (outcome: { weight: HiveWeight } | { error: Error }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      rl.off('line', onLine);
      rl.off('close', onClose);
      port.off('error', onError);
      port.on('error', () => {}); // late errors while tearing the port down are irrelevant now
      rl.close();
      port.destroy();
      if ('weight' in outcome) resolve(outcome.weight);
      else reject(outcome.error);
    };

    const onLine = (line: string) => {
      const m = STABLE_FRAME.exec(line.trim());
      if (!m || m[1] !== hiveId) return;
      finish({ weight: { hiveId, kg: Number(m[2]), at: new Date() } });
    };
    const onError = (error: Error) => finish({ error });
    const onClose = () =>
      finish({ error: new Error(`scale on ${devicePath} closed before a stable frame for ${hiveId}`) });

    const timer = setTimeout(
      () => finish({ error: new Error(`no stable frame for hive ${hiveId} within ${timeoutMs}ms`) }),
      timeoutMs,
    );

    rl.on('line', onLine);
    rl.once('close', onClose);
    port.once('error', onError);
  });
}

export async function weighApiary(
  devicePath: string,
  hiveIds: string[],
): Promise<Map<string, number | null>> {
  const weights = new Map<string, number | null>();
  for (const hiveId of hiveIds) {
    try {
      const { kg } = await readStableWeight(devicePath, hiveId);
      weights.set(hiveId, kg);
    } catch (err) {
      console.warn(`[co-op scale] ${hiveId}: ${(err as Error).message}`);
      weights.set(hiveId, null);
    }
  }
  return weights;
}

export function nectarFlowKg(today: Map<string, number | null>, yesterday: Map<string, number | null>) {
  let total = 0;
  for (const [hive, kg] of today) {
    const before = yesterday.get(hive);
    if (kg != null && before != null) total += kg - before;
  }
  return Math.round(total * 10) / 10;
}
