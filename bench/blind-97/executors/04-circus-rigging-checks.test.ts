// expect: no-multiple-settle
// The nextInspection waiter only listens for 'inspected', so when the inspector emits 'error' for a faulty load cell the promise never settles and the test hangs until the runner's timeout instead of failing with the fault.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface AnchorPoint {
  id: string;
  ratedKg: number;
}

interface LoadCell {
  read(anchorId: string): number;
}

interface InspectionReport {
  anchorId: string;
  peakKg: number;
  passed: boolean;
}

class RiggingInspector extends EventEmitter {
  private timers = new Set<NodeJS.Timeout>();

  constructor(private readonly cell: LoadCell, private readonly holdMs = 400) {
    super();
  }

  start(anchor: AnchorPoint): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      let peakKg: number;
      try {
        peakKg = this.cell.read(anchor.id);
      } catch (err) {
        this.emit('error', err);
        return;
      }
      const report: InspectionReport = { anchorId: anchor.id, peakKg, passed: peakKg <= anchor.ratedKg * 0.8 };
      this.emit('inspected', report);
    }, this.holdMs);
    this.timers.add(timer);
  }

  close(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.removeAllListeners();
  }
}

function nextInspection(inspector: RiggingInspector): Promise<InspectionReport> {
  return new Promise<InspectionReport>((resolve) => {
    inspector.once('inspected', resolve);
  });
}

describe('RiggingInspector', () => {
  let cell: { read: ReturnType<typeof vi.fn<(anchorId: string) => number>> };
  let inspector: RiggingInspector;

  beforeEach(() => {
    vi.useFakeTimers();
    cell = { read: vi.fn<(anchorId: string) => number>() };
    inspector = new RiggingInspector(cell);
  });

  afterEach(() => {
    inspector.close();
    vi.useRealTimers();
  });

  it('passes an anchor loaded under 80% of its rating', async () => {
    cell.read.mockReturnValue(310);
    inspector.start({ id: 'trapeze-north', ratedKg: 500 });
    const [report] = await Promise.all([nextInspection(inspector), vi.advanceTimersByTimeAsync(400)]);
    expect(report).toEqual({ anchorId: 'trapeze-north', peakKg: 310, passed: true });
    expect(cell.read).toHaveBeenCalledWith('trapeze-north');
  });

  it('fails an anchor that peaks above the safety margin', async () => {
    cell.read.mockReturnValue(455);
    inspector.start({ id: 'silks-center', ratedKg: 500 });
    const [report] = await Promise.all([nextInspection(inspector), vi.advanceTimersByTimeAsync(400)]);
    expect(report.passed).toBe(false);
  });

  it('does not read the cell before the hold time elapses', async () => {
    cell.read.mockReturnValue(100);
    inspector.start({ id: 'net-east', ratedKg: 900 });
    await vi.advanceTimersByTimeAsync(399);
    expect(cell.read).not.toHaveBeenCalled();
  });
});
