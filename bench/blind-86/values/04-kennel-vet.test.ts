// expect: no-promise-as-value
// The 'clears a healthy dog' test calls toBeTruthy() on the un-awaited promise from isFitToRun, which is always truthy, so the check can never fail.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface VetCheck {
  dog: string;
  checkedAt: Date;
  heartRate: number;
  hydration: 'good' | 'fair' | 'poor';
  wristsAndShoulders: 'ok' | 'sore';
  feetScore: number; // 0 = perfect, 5 = dropped
}

interface VetRecords {
  latest(dog: string): Promise<VetCheck | undefined>;
}

class KennelHealth {
  constructor(private readonly records: VetRecords, private readonly now: () => Date = () => new Date()) {}

  async isFitToRun(dog: string): Promise<boolean> {
    const check = await this.records.latest(dog);
    if (!check) return false;
    const ageHours = (this.now().getTime() - check.checkedAt.getTime()) / 3_600_000;
    if (ageHours > 24) return false;
    return (
      check.heartRate < 140 &&
      check.hydration !== 'poor' &&
      check.wristsAndShoulders === 'ok' &&
      check.feetScore <= 2
    );
  }
}

const NOW = new Date('2025-03-02T06:00:00Z');

function check(dog: string, overrides: Partial<VetCheck> = {}): VetCheck {
  return {
    dog,
    checkedAt: new Date('2025-03-02T04:30:00Z'),
    heartRate: 96,
    hydration: 'good',
    wristsAndShoulders: 'ok',
    feetScore: 1,
    ...overrides,
  };
}

describe('KennelHealth.isFitToRun', () => {
  const latest = vi.fn<VetRecords['latest']>();
  let health: KennelHealth;

  beforeEach(() => {
    health = new KennelHealth({ latest }, () => NOW);
  });

  afterEach(() => {
    latest.mockReset();
  });

  it('clears a healthy dog checked this morning', () => {
    latest.mockResolvedValue(check('Juneau'));
    expect(health.isFitToRun('Juneau')).toBeTruthy();
    expect(latest).toHaveBeenCalledWith('Juneau');
  });

  it('holds back a dog with sore wrists', async () => {
    latest.mockResolvedValue(check('Kobuk', { wristsAndShoulders: 'sore' }));
    expect(await health.isFitToRun('Kobuk')).toBe(false);
  });

  it('holds back a dog whose last check is stale', async () => {
    latest.mockResolvedValue(check('Tok', { checkedAt: new Date('2025-02-28T18:00:00Z') }));
    await expect(health.isFitToRun('Tok')).resolves.toBe(false);
  });

  it('holds back a dog that was never checked', async () => {
    latest.mockResolvedValue(undefined);
    await expect(health.isFitToRun('Nome')).resolves.toBe(false);
  });
});
