// expect: no-multiple-settle
// awaitDecision's timeout is never cleared when the decision arrives, so the timer later calls reject on an already-resolved promise.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

type Decision = { applicationId: string; outcome: 'approved' | 'denied'; zones: string[] };

class PermitDesk extends EventEmitter {
  private readonly submitted = new Set<string>();

  submit(applicationId: string): void {
    this.submitted.add(applicationId);
  }

  decide(decision: Decision): void {
    if (!this.submitted.has(decision.applicationId)) return;
    this.submitted.delete(decision.applicationId);
    this.emit('decision', decision);
  }

  awaitDecision(applicationId: string, timeoutMs = 30_000): Promise<Decision> {
    return new Promise<Decision>((resolve, reject) => {
      const onDecision = (d: Decision) => {
        if (d.applicationId !== applicationId) return;
        this.off('decision', onDecision);
        resolve(d);
      };
      this.on('decision', onDecision);
      setTimeout(() => {
        this.off('decision', onDecision);
        reject(new Error(`no decision for ${applicationId} within ${timeoutMs} ms`));
      }, timeoutMs);
    });
  }
}

describe('PermitDesk.awaitDecision', () => {
  let desk: PermitDesk;

  beforeEach(() => {
    vi.useFakeTimers();
    desk = new PermitDesk();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves with the matching decision', async () => {
    desk.submit('A-101');
    const pending = desk.awaitDecision('A-101');
    desk.decide({ applicationId: 'A-101', outcome: 'approved', zones: ['north-ridge'] });
    await expect(pending).resolves.toMatchObject({ outcome: 'approved', zones: ['north-ridge'] });
  });

  it('ignores decisions for other applications', async () => {
    desk.submit('A-101');
    desk.submit('A-102');
    const pending = desk.awaitDecision('A-102');
    desk.decide({ applicationId: 'A-101', outcome: 'denied', zones: [] });
    desk.decide({ applicationId: 'A-102', outcome: 'approved', zones: ['cedar-hollow'] });
    await expect(pending).resolves.toMatchObject({ applicationId: 'A-102' });
  });

  it('rejects when the ranger office never answers', async () => {
    desk.submit('A-200');
    const pending = desk.awaitDecision('A-200', 5_000);
    const assertion = expect(pending).rejects.toThrow(/no decision for A-200/);
    await vi.advanceTimersByTimeAsync(5_000);
    await assertion;
  });

  it('stops listening once the decision arrives', async () => {
    desk.submit('A-300');
    const pending = desk.awaitDecision('A-300');
    desk.decide({ applicationId: 'A-300', outcome: 'denied', zones: [] });
    await pending;
    expect(desk.listenerCount('decision')).toBe(0);
  });
});
