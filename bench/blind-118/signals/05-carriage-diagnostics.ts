// expect: none
// The race's losers are cleaned up in finally: the timeout is cleared, the abort listener is removed and the measurement is aborted through its own controller.
export interface EscapementMeasurement {
  test: 'escapement' | 'drawband' | 'line-space';
  carriageTravelMm: number;
  skippedTeeth: number;
  durationMs: number;
}

export interface DiagnosticRig {
  measure(
    test: EscapementMeasurement['test'],
    options: { signal: AbortSignal },
  ): Promise<EscapementMeasurement>;
}

export interface DiagnosticOptions {
  signal: AbortSignal;
  timeoutMs: number;
}

export async function runDiagnostic(
  rig: DiagnosticRig,
  test: EscapementMeasurement['test'],
  { signal, timeoutMs }: DiagnosticOptions,
): Promise<EscapementMeasurement> {
  signal.throwIfAborted();
  const measurement = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;

  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${test} test exceeded ${timeoutMs}ms`)), timeoutMs);
  });
  const cancelled = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });

  try {
    return await Promise.race([rig.measure(test, { signal: measurement.signal }), timedOut, cancelled]);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal.removeEventListener('abort', onAbort);
    measurement.abort();
  }
}

export interface DiagnosticReport {
  machine: string;
  results: EscapementMeasurement[];
  verdict: 'ok' | 'adjust-escapement' | 'replace-drawband';
}

export async function fullCheck(rig: DiagnosticRig, machine: string, signal: AbortSignal): Promise<DiagnosticReport> {
  const results: EscapementMeasurement[] = [];
  for (const test of ['escapement', 'drawband', 'line-space'] as const) {
    results.push(await runDiagnostic(rig, test, { signal, timeoutMs: 15_000 }));
  }
  const drawband = results.find((r) => r.test === 'drawband');
  const escapement = results.find((r) => r.test === 'escapement');
  let verdict: DiagnosticReport['verdict'] = 'ok';
  if (drawband && drawband.carriageTravelMm < 200) verdict = 'replace-drawband';
  else if (escapement && escapement.skippedTeeth > 0) verdict = 'adjust-escapement';
  return { machine, results, verdict };
}
