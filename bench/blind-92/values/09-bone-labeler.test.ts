// expect: none
// The assertions that look like checks on a promise either await it first or use .resolves/.rejects, and the one toBeInstanceOf(Promise) check is meant to be about the promise itself (label() must not block).
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Bone {
  fieldNo: string;
  taxon: string;
  element: string;
  quarry: string;
}

interface Registry {
  nextSequence(prefix: string): Promise<number>;
  exists(label: string): Promise<boolean>;
}

class BoneLabeler {
  constructor(private readonly registry: Registry) {}

  label(bone: Bone): Promise<string> {
    const prefix = `${bone.quarry.toUpperCase()}-${bone.taxon.slice(0, 4).toUpperCase()}`;
    return this.registry.nextSequence(prefix).then((n) => `${prefix}-${String(n).padStart(4, '0')}`);
  }

  async isDuplicate(bone: Bone, proposed: string): Promise<boolean> {
    return this.registry.exists(proposed);
  }
}

describe('BoneLabeler', () => {
  let registry: { nextSequence: ReturnType<typeof vi.fn>; exists: ReturnType<typeof vi.fn> };
  let labeler: BoneLabeler;
  const femur: Bone = { fieldNo: 'F-118', taxon: 'Allosaurus', element: 'femur', quarry: 'cq2' };

  beforeEach(() => {
    registry = {
      nextSequence: vi.fn().mockResolvedValue(17),
      exists: vi.fn().mockResolvedValue(false),
    };
    labeler = new BoneLabeler(registry as unknown as Registry);
  });

  afterEach(() => {
    vi.clearAllMocks();
  });

  it('returns a promise without waiting on the registry', () => {
    const pending = labeler.label(femur);
    expect(pending).toBeInstanceOf(Promise);
    expect(registry.nextSequence).toHaveBeenCalledWith('CQ2-ALLO');
    return pending;
  });

  it('builds quarry-taxon-sequence labels', async () => {
    expect(await labeler.label(femur)).toBe('CQ2-ALLO-0017');
  });

  it('pads short sequence numbers', async () => {
    registry.nextSequence.mockResolvedValueOnce(3);
    await expect(labeler.label({ ...femur, taxon: 'Stegosaurus' })).resolves.toBe('CQ2-STEG-0003');
  });

  it('flags a label that is already in the registry', async () => {
    registry.exists.mockResolvedValueOnce(true);
    const duplicate = await labeler.isDuplicate(femur, 'CQ2-ALLO-0017');
    expect(duplicate).toBe(true);
    expect(registry.exists).toHaveBeenCalledTimes(1);
  });

  it('passes registry outages through', async () => {
    registry.nextSequence.mockRejectedValueOnce(new Error('registry offline'));
    await expect(labeler.label(femur)).rejects.toThrow('registry offline');
  });
});
