// expect: no-multiple-settle
// waitForLog throws inside the setTimeout callback instead of rejecting, so on timeout the promise never settles and the error escapes as uncaught.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { PassThrough } from 'node:stream';

interface BrakeController {
  log: PassThrough;
  engage(lineId: string, force: number): Promise<void>;
  stop(): Promise<void>;
}

declare function startBrakeController(opts: { dryRun: boolean }): Promise<BrakeController>;

function waitForLog(stream: PassThrough, pattern: RegExp, timeoutMs = 2_000): Promise<string> {
  return new Promise((resolve) => {
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const line = buffer.split('\n').find((l) => pattern.test(l));
      if (line) {
        clearTimeout(timer);
        stream.off('data', onData);
        resolve(line);
      }
    };
    const timer = setTimeout(() => {
      stream.off('data', onData);
      throw new Error(`no log line matching ${pattern} within ${timeoutMs}ms`);
    }, timeoutMs);
    stream.on('data', onData);
  });
}

describe('zipline magnetic brake controller', () => {
  let controller: BrakeController;

  beforeEach(async () => {
    controller = await startBrakeController({ dryRun: true });
  });

  afterEach(async () => {
    await controller.stop();
    vi.restoreAllMocks();
  });

  it('logs engagement for the main line', async () => {
    const logged = waitForLog(controller.log, /line=main engaged/);
    await controller.engage('main', 0.6);
    await expect(logged).resolves.toMatch(/force=0\.6/);
  });

  it('logs a clamp when force exceeds the rated maximum', async () => {
    const logged = waitForLog(controller.log, /clamped/);
    await controller.engage('kids', 1.4);
    const line = await logged;
    expect(line).toContain('line=kids');
    expect(line).toContain('force=1');
  });

  it('warns about rider weight above the line rating', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const logged = waitForLog(controller.log, /overweight/);
    controller.log.write('line=canopy rider=132kg overweight\n');
    await logged;
    expect(warn).not.toHaveBeenCalled();
  });
});
