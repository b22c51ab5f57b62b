// expect: none
// firstResponder races the sensor reads, but every read gets the shared controller's signal, the controller is aborted once a winner is known, and the timeout is cleared in finally.
export interface GasReading {
  station: string;
  coPpm: number;
  ch4Pct: number;
  o2Pct: number;
}

declare const telemetry: {
  read(station: string, opts: { signal: AbortSignal }): Promise<GasReading>;
};

declare const alarms: { raise(level: 'amber' | 'red', text: string): Promise<void> };

/**
 * Each underground level of the salt mine has two redundant gas stations on
 * separate leaky-feeder radio links. Whichever answers first wins; the other
 * request is cancelled so the radio channel is freed.
 */
export async function firstResponder(
  stations: string[],
  timeoutMs: number,
  outer?: AbortSignal,
): Promise<GasReading> {
  outer?.throwIfAborted();
  const controller = new AbortController();
  const onOuterAbort = () => controller.abort(outer!.reason);
  outer?.addEventListener('abort', onOuterAbort, { once: true });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no gas station answered in ${timeoutMs}ms`)), timeoutMs);
  });

  try {
    return await Promise.race([
      Promise.any(stations.map((s) => telemetry.read(s, { signal: controller.signal }))),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
    controller.abort();
    outer?.removeEventListener('abort', onOuterAbort);
  }
}

export async function checkLevel(level: number, signal?: AbortSignal): Promise<'ok' | 'amber' | 'red'> {
  const stations = [`L${level}-A`, `L${level}-B`];
  const reading = await firstResponder(stations, 4_000, signal);

  if (reading.coPpm >= 50 || reading.ch4Pct >= 1.25 || reading.o2Pct < 19) {
    await alarms.raise('red', `Level ${level}: evacuate (CO ${reading.coPpm} ppm, CH4 ${reading.ch4Pct}%)`);
    return 'red';
  }
  if (reading.coPpm >= 25 || reading.ch4Pct >= 0.5) {
    await alarms.raise('amber', `Level ${level}: ventilation check (${reading.station})`);
    return 'amber';
  }
  return 'ok';
}
