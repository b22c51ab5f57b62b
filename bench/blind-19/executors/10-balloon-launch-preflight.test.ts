// expect: none
// The execFile callback returns right after reject, and the launch-window deferred is settled by a single guarded function shared by the timer and the listeners.
import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  toContain(item: unknown): void;
};

interface BurnerCheck {
  burner: 'primary' | 'secondary';
  pressureKpa: number;
  pilotLit: boolean;
}

function runBurnerDiagnostics(envelopeId: string): Promise<BurnerCheck[]> {
  return new Promise<BurnerCheck[]>((resolve, reject) => {
    execFile('balloon-diag', ['--envelope', envelopeId, '--json'], { timeout: 15_000 }, (err, stdout, stderr) => {
      if (err) {
        reject(new Error(`diagnostics failed for ${envelopeId}: ${stderr || err.message}`));
        return;
      }
      try {
        resolve(JSON.parse(stdout) as BurnerCheck[]);
      } catch (parseErr) {
        reject(parseErr instanceof Error ? parseErr : new Error(String(parseErr)));
      }
    });
  });
}

class WindMast extends EventEmitter {}

function waitForLaunchWindow(mast: WindMast, maxKnots: number, deadlineMs: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let done = false;
    const settle = (outcome: { ok: true; knots: number } | { ok: false; error: Error }) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      mast.off('reading', onReading);
      mast.off('error', onError);
      if (outcome.ok) resolve(outcome.knots);
      else reject(outcome.error);
    };
    const onReading = (knots: number) => {
      if (knots <= maxKnots) settle({ ok: true, knots });
    };
    const onError = (error: Error) => settle({ ok: false, error });
    const timer = setTimeout(() => settle({ ok: false, error: new Error(`winds stayed above ${maxKnots} kn`) }), deadlineMs);
    mast.on('reading', onReading);
    mast.on('error', onError);
  });
}

describe('preflight', () => {
  it('reports both burners', async () => {
    const checks = await runBurnerDiagnostics('G-BXRT');
    expect(checks.map((c) => c.burner)).toContain('secondary');
    expect(checks.every((c) => c.pilotLit)).toBe(true);
    expect(Math.min(...checks.map((c) => c.pressureKpa))).toBeGreaterThan(600);
  });

  it('opens the window once gusts drop', async () => {
    const mast = new WindMast();
    const pending = waitForLaunchWindow(mast, 6, 1000);
    for (const knots of [11, 9, 7, 5, 4]) mast.emit('reading', knots);
    expect(await pending).toBe(5);
    expect(mast.listenerCount('reading')).toBe(0);
  });

  it('gives up when the mast faults', async () => {
    const mast = new WindMast();
    const pending = waitForLaunchWindow(mast, 6, 1000);
    mast.emit('error', new Error('anemometer offline'));
    const message = await pending.then(
      () => 'resolved',
      (e: Error) => e.message,
    );
    expect(message).toBe('anemometer offline');
    expect(mast.listenerCount('error')).toBe(0);
  });
});
