// expect: no-leaked-race
// Promise.race against a timeout promise whose timer is never cleared, and the losing sensor read is never cancelled, so every poll leaves a live timer or read behind.
export interface FlowReading {
  gateId: string;
  litresPerSecond: number;
  velocityMs: number;
  at: number;
}

declare const sensorBus: {
  read(gateId: string): Promise<FlowReading>;
};
declare const alarms: {
  raise(gateId: string, message: string): Promise<void>;
};

function timeout(ms: number, what: string): Promise<never> {
  return new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error(`${what} timed out after ${ms}ms`)), ms);
  });
}

export async function readFlowRate(gateId: string, timeoutMs = 2_000): Promise<FlowReading> {
  return Promise.race([sensorBus.read(gateId), timeout(timeoutMs, `flow sensor ${gateId}`)]);
}

// Attraction flow must stay within this band or fish hold below the entrance.
const MIN_ATTRACTION_LPS = 180;
const MAX_VELOCITY_MS = 2.4;

export async function checkLadderGates(gateIds: string[]): Promise<Map<string, FlowReading | Error>> {
  const results = new Map<string, FlowReading | Error>();
  for (const gateId of gateIds) {
    try {
      const reading = await readFlowRate(gateId);
      results.set(gateId, reading);
      if (reading.litresPerSecond < MIN_ATTRACTION_LPS) {
        await alarms.raise(gateId, `attraction flow low: ${reading.litresPerSecond} L/s`);
      } else if (reading.velocityMs > MAX_VELOCITY_MS) {
        await alarms.raise(gateId, `velocity ${reading.velocityMs} m/s exceeds burst speed`);
      }
    } catch (err) {
      results.set(gateId, err as Error);
    }
  }
  return results;
}

export function startGateMonitor(gateIds: string[], everyMs = 1_000): () => void {
  let busy = false;
  const handle = setInterval(() => {
    if (busy) return;
    busy = true;
    checkLadderGates(gateIds)
      .then((results) => {
        const failed = [...results].filter(([, r]) => r instanceof Error).map(([g]) => g);
        if (failed.length) console.warn(`[ladder] no reading from ${failed.join(', ')}`);
      })
      .finally(() => {
        busy = false;
      })
      .catch((err) => console.error('[ladder] monitor pass failed', err));
  }, everyMs);
  return () => clearInterval(handle);
}
