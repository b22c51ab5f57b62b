// expect: none
// The status field written by the 'status' listener is only read after awaiting once(radio, 'status'), so the listener has already run when connect() returns it.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter, once } from 'node:events';

interface RadioStatus {
  channel: string;
  signalBars: number;
  batteryPct: number;
}

class FakeRadio extends EventEmitter {
  connect(channel: string): void {
    setTimeout(() => this.emit('status', { channel, signalBars: 4, batteryPct: 87 }), 10);
  }
}

class DutyRadioMonitor {
  private lastStatus?: RadioStatus;
  readonly warnings: string[] = [];

  constructor(private readonly radio: FakeRadio) {
    this.radio.on('status', (status: RadioStatus) => {
      this.lastStatus = status;
      if (status.batteryPct < 20) this.warnings.push(`battery low on ${status.channel}`);
    });
  }

  async connect(channel: string): Promise<RadioStatus> {
    const firstStatus = once(this.radio, 'status');
    this.radio.connect(channel);
    await firstStatus;
    if (!this.lastStatus) throw new Error('radio reported no status');
    return this.lastStatus;
  }

  status(): RadioStatus | undefined {
    return this.lastStatus;
  }
}

describe('DutyRadioMonitor', () => {
  let radio: FakeRadio;
  let monitor: DutyRadioMonitor;

  beforeEach(() => {
    vi.useFakeTimers();
    radio = new FakeRadio();
    monitor = new DutyRadioMonitor(radio);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('returns the first status reported after connecting', async () => {
    const [status] = await Promise.all([monitor.connect('MR-CH2'), vi.advanceTimersByTimeAsync(10)]);
    expect(status).toEqual({ channel: 'MR-CH2', signalBars: 4, batteryPct: 87 });
  });

  it('keeps the latest status for the dashboard', async () => {
    await Promise.all([monitor.connect('MR-CH1'), vi.advanceTimersByTimeAsync(10)]);
    radio.emit('status', { channel: 'MR-CH1', signalBars: 1, batteryPct: 15 });
    expect(monitor.status()?.signalBars).toBe(1);
    expect(monitor.warnings).toEqual(['battery low on MR-CH1']);
  });

  it('has no status before the radio reports', () => {
    expect(monitor.status()).toBeUndefined();
  });
});
