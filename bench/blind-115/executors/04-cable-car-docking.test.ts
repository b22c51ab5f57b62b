// expect: none
// waitForDocking settles once on the matching dock, a fault or the timeout, and each path removes both listeners and clears the timer before settling.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface DockedEvent {
  cabinId: string;
  station: string;
  at: number;
}

class CabinTelemetry extends EventEmitter {}

export function waitForDocking(
  telemetry: CabinTelemetry,
  cabinId: string,
  station: string,
  timeoutMs: number,
): Promise<DockedEvent> {
  return new Promise<DockedEvent>((resolve, reject) => {
    const onDocked = (ev: DockedEvent) => {
      if (ev.cabinId !== cabinId || ev.station !== station) return;
      release();
      resolve(ev);
    };
    const onFault = (id: string, code: string) => {
      if (id !== cabinId) return;
      release();
      reject(new Error(`cabin ${id} reported fault ${code} before docking at ${station}`));
    };
    const timer = setTimeout(() => {
      release();
      reject(new Error(`cabin ${cabinId} did not dock at ${station} within ${timeoutMs}ms`));
    }, timeoutMs);
    const release = () => {
      clearTimeout(timer);
      telemetry.off('docked', onDocked);
      telemetry.off('fault', onFault);
    };
    telemetry.on('docked', onDocked);
    telemetry.on('fault', onFault);
  });
}

describe('waitForDocking', () => {
  let telemetry: CabinTelemetry;

  beforeEach(() => {
    vi.useFakeTimers();
    telemetry = new CabinTelemetry();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves when the expected cabin docks at the expected station', async () => {
    const docking = waitForDocking(telemetry, 'C7', 'summit', 90_000);
    telemetry.emit('docked', { cabinId: 'C3', station: 'summit', at: 1 });
    telemetry.emit('docked', { cabinId: 'C7', station: 'valley', at: 2 });
    telemetry.emit('docked', { cabinId: 'C7', station: 'summit', at: 3 });

    await expect(docking).resolves.toEqual({ cabinId: 'C7', station: 'summit', at: 3 });
    expect(telemetry.listenerCount('docked')).toBe(0);
    expect(telemetry.listenerCount('fault')).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects on a fault from the same cabin and ignores other cabins', async () => {
    const docking = waitForDocking(telemetry, 'C7', 'summit', 90_000);
    telemetry.emit('fault', 'C2', 'E-BRAKE');
    telemetry.emit('fault', 'C7', 'GRIP-SLIP');

    await expect(docking).rejects.toThrow(/GRIP-SLIP/);
    expect(telemetry.listenerCount('docked')).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects after the timeout and stops listening', async () => {
    const docking = waitForDocking(telemetry, 'C7', 'summit', 90_000);
    vi.advanceTimersByTime(90_000);

    await expect(docking).rejects.toThrow(/did not dock at summit within 90000ms/);
    expect(telemetry.listenerCount('docked')).toBe(0);
    expect(telemetry.listenerCount('fault')).toBe(0);
  });

  it('ignores a late dock after the timeout fired', async () => {
    const docking = waitForDocking(telemetry, 'C9', 'valley', 1_000);
    vi.advanceTimersByTime(1_000);
    telemetry.emit('docked', { cabinId: 'C9', station: 'valley', at: 5 });

    await expect(docking).rejects.toThrow(/C9/);
  });
});
