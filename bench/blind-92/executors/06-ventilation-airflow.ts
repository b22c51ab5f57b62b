// expect: no-multiple-settle
// The deadline timer is never cleared when the polling interval resolves, so it still fires later and calls reject on the already-resolved promise.
export interface AirflowSample {
  drift: string;
  cubicMetresPerSecond: number;
  methanePct: number;
}

declare const scada: {
  readAirflow(drift: string): Promise<AirflowSample>;
  setFan(drift: string, rpm: number): Promise<void>;
};

export class VentilationTimeout extends Error {
  constructor(readonly drift: string, readonly last: AirflowSample | null) {
    super(`airflow in ${drift} did not reach safe level in time`);
    this.name = 'VentilationTimeout';
  }
}

/**
 * After blasting, the drift must be flushed until airflow is above the
 * minimum and methane below 1 %. Crews wait for this before re-entry.
 */
export function waitForSafeAir(
  drift: string,
  minFlow = 4.5,
  deadlineMs = 20 * 60_000,
  pollMs = 15_000,
): Promise<AirflowSample> {
  return new Promise<AirflowSample>((resolve, reject) => {
    let last: AirflowSample | null = null;
    let polling = false;

    setTimeout(() => {
      clearInterval(poll);
      reject(new VentilationTimeout(drift, last));
    }, deadlineMs);

    const poll = setInterval(() => {
      if (polling) return;
      polling = true;
      scada
        .readAirflow(drift)
        .then((sample) => {
          last = sample;
          if (sample.cubicMetresPerSecond >= minFlow && sample.methanePct < 1) {
            clearInterval(poll);
            resolve(sample);
          }
        })
        .catch((err) => {
          console.warn(`[${drift}] airflow read failed, will retry`, err);
        })
        .finally(() => {
          polling = false;
        });
    }, pollMs);
  });
}

export async function clearForReentry(drift: string, notify: (msg: string) => Promise<void>) {
  await scada.setFan(drift, 1450);
  try {
    const sample = await waitForSafeAir(drift);
    await notify(
      `${drift}: clear for re-entry (${sample.cubicMetresPerSecond.toFixed(1)} m³/s, CH4 ${sample.methanePct}%)`,
    );
  } catch (err) {
    if (err instanceof VentilationTimeout) {
      await notify(`${drift}: NOT clear, keep barricade up`);
    }
    throw err;
  } finally {
    await scada.setFan(drift, 600);
  }
}
