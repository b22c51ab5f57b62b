// expect: no-reused-settled-promise
// waitForVerdict calls lab.status() once before the loop and re-awaits that same settled promise on every poll, so a 'pending' result can never change.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

type LabStatus =
  | { state: 'pending' }
  | { state: 'identified'; species: string; edible: boolean }
  | { state: 'inconclusive'; note: string };

interface SporeLab {
  status(sampleId: string): Promise<LabStatus>;
}

async function waitForVerdict(
  lab: SporeLab,
  sampleId: string,
  { intervalMs = 5_000, timeoutMs = 60_000 } = {},
): Promise<Exclude<LabStatus, { state: 'pending' }>> {
  const deadline = Date.now() + timeoutMs;
  const check = lab.status(sampleId);
  while (Date.now() < deadline) {
    const status = await check;
    if (status.state !== 'pending') {
      return status;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`no verdict for sample ${sampleId} after ${timeoutMs} ms`);
}

describe('waitForVerdict', () => {
  let lab: { status: ReturnType<typeof vi.fn<(id: string) => Promise<LabStatus>>> };

  beforeEach(() => {
    vi.useFakeTimers();
    lab = { status: vi.fn<(id: string) => Promise<LabStatus>>() };
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('returns an identification that is already available', async () => {
    lab.status.mockResolvedValue({ state: 'identified', species: 'Cantharellus cibarius', edible: true });
    await expect(waitForVerdict(lab, 'S-17')).resolves.toEqual({
      state: 'identified',
      species: 'Cantharellus cibarius',
      edible: true,
    });
    expect(lab.status).toHaveBeenCalledWith('S-17');
  });

  it('passes through an inconclusive result', async () => {
    lab.status.mockResolvedValue({ state: 'inconclusive', note: 'spore print contaminated' });
    const verdict = await waitForVerdict(lab, 'S-18');
    expect(verdict.state).toBe('inconclusive');
  });

  it('times out when the lab never answers', async () => {
    lab.status.mockResolvedValue({ state: 'pending' });
    const assertion = expect(waitForVerdict(lab, 'S-19', { timeoutMs: 20_000 })).rejects.toThrow(
      'no verdict for sample S-19 after 20000 ms',
    );
    await vi.advanceTimersByTimeAsync(25_000);
    await assertion;
  });
});
