// expect: none
// The polling interval and deadline are both cleared by stop(), and a finished flag drops any temperature callback still in flight, so the promise settles exactly once.
export interface KilnController {
  readTemperature(cb: (err: Error | null, tempC: number) => void): void;
  setProgram(name: string, cb: (err: Error | null) => void): void;
}

export interface AnnealResult {
  tempC: number;
  elapsedMs: number;
  polls: number;
}

export interface AnnealOptions {
  pollMs: number;
  timeoutMs: number;
}

export function waitForAnneal(kiln: KilnController, targetC: number, opts: AnnealOptions): Promise<AnnealResult> {
  return new Promise<AnnealResult>((resolve, reject) => {
    const started = Date.now();
    let polls = 0;
    let busy = false;
    let finished = false;

    const stop = () => {
      finished = true;
      clearInterval(poll);
      clearTimeout(deadline);
    };

    const poll = setInterval(() => {
      if (busy || finished) return;
      busy = true;
      polls += 1;
      kiln.readTemperature((err, tempC) => {
        busy = false;
        if (finished) return;
        if (err) {
          stop();
          reject(err);
          return;
        }
        if (tempC <= targetC) {
          stop();
          resolve({ tempC, elapsedMs: Date.now() - started, polls });
        }
      });
    }, opts.pollMs);

    const deadline = setTimeout(() => {
      if (finished) return;
      stop();
      reject(new Error(`kiln still above ${targetC}°C after ${opts.timeoutMs}ms`));
    }, opts.timeoutMs);
  });
}

export function loadProgram(kiln: KilnController, name: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    kiln.setProgram(name, (err) => (err ? reject(err) : resolve()));
  });
}

export async function fireGlassPanel(kiln: KilnController, panelId: string, paintType: 'grisaille' | 'silver-stain') {
  const program = paintType === 'grisaille' ? 'GRIS-660' : 'STAIN-560';
  await loadProgram(kiln, program);
  const result = await waitForAnneal(kiln, 50, { pollMs: 30_000, timeoutMs: 10 * 3_600_000 });
  return {
    panelId,
    program,
    coolDownMinutes: Math.round(result.elapsedMs / 60_000),
    finalTempC: result.tempC,
  };
}
