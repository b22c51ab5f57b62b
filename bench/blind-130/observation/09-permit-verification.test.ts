// expect: no-unobserved-promise
// verifyCrew starts every registry check up front and then awaits them one at a time in a loop, so a later check that rejects while an earlier one is still pending has no handler.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

type PermitStatus = 'valid' | 'expired' | 'revoked';

interface DivePermit {
  number: string;
  diver: string;
  wreck: string;
}

interface PermitRegistry {
  verify(permitNumber: string): Promise<PermitStatus>;
}

interface CrewCheck {
  permit: DivePermit;
  status: PermitStatus;
}

async function verifyCrew(permits: DivePermit[], registry: PermitRegistry): Promise<CrewCheck[]> {
  const checks = permits.map((permit) => registry.verify(permit.number));
  const results: CrewCheck[] = [];
  for (let i = 0; i < permits.length; i++) {
    results.push({ permit: permits[i], status: await checks[i] });
  }
  return results;
}

function canDive(checks: CrewCheck[]): boolean {
  return checks.length > 0 && checks.every((c) => c.status === 'valid');
}

describe('verifyCrew', () => {
  let registry: { verify: ReturnType<typeof vi.fn> };
  const crew: DivePermit[] = [
    { number: 'SW-1021', diver: 'Ines', wreck: 'SS Thistlegorm' },
    { number: 'SW-1022', diver: 'Tomas', wreck: 'SS Thistlegorm' },
  ];

  beforeEach(() => {
    registry = { verify: vi.fn() };
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('returns a status for each permit in crew order', async () => {
    registry.verify.mockResolvedValueOnce('valid').mockResolvedValueOnce('expired');
    const checks = await verifyCrew(crew, registry as PermitRegistry);
    expect(checks.map((c) => c.status)).toEqual(['valid', 'expired']);
    expect(canDive(checks)).toBe(false);
  });

  it('allows the dive when every permit is valid', async () => {
    registry.verify.mockResolvedValue('valid');
    const checks = await verifyCrew(crew, registry as PermitRegistry);
    expect(canDive(checks)).toBe(true);
    expect(registry.verify).toHaveBeenCalledTimes(2);
  });

  it('propagates registry outages', async () => {
    registry.verify.mockRejectedValueOnce(new Error('registry unavailable')).mockResolvedValueOnce('valid');
    await expect(verifyCrew(crew, registry as PermitRegistry)).rejects.toThrow('registry unavailable');
  });

  it('does not allow an empty crew', () => {
    expect(canDive([])).toBe(false);
  });
});
