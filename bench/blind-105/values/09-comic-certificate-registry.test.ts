// expect: no-promise-as-value
// `expect(registry.isCertified(...)).toBeTruthy()` asserts on the Promise object, which is always truthy, so the "certifies a graded slab" test passes even when the certificate lookup returns false.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Certificate {
  certNo: string;
  title: string;
  grade: number;
  revoked: boolean;
}

interface CertApi {
  fetchCert(certNo: string): Promise<Certificate | null>;
}

class CertificateRegistry {
  private readonly cache = new Map<string, { cert: Certificate | null; at: number }>();

  constructor(private readonly api: CertApi, private readonly ttlMs = 10 * 60_000) {}

  private async lookup(certNo: string): Promise<Certificate | null> {
    const hit = this.cache.get(certNo);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.cert;
    const cert = await this.api.fetchCert(certNo);
    this.cache.set(certNo, { cert, at: Date.now() });
    return cert;
  }

  async isCertified(certNo: string, minGrade = 0): Promise<boolean> {
    const cert = await this.lookup(certNo);
    return cert !== null && !cert.revoked && cert.grade >= minGrade;
  }

  clear(): void {
    this.cache.clear();
  }
}

const SLAB: Certificate = { certNo: '3981442007', title: 'Hulk 181', grade: 9.2, revoked: false };

describe('CertificateRegistry', () => {
  let api: { fetchCert: ReturnType<typeof vi.fn<CertApi['fetchCert']>> };
  let registry: CertificateRegistry;

  beforeEach(() => {
    vi.useFakeTimers();
    api = { fetchCert: vi.fn<CertApi['fetchCert']>().mockResolvedValue(SLAB) };
    registry = new CertificateRegistry(api, 60_000);
  });

  afterEach(() => {
    registry.clear();
    vi.useRealTimers();
  });

  it('certifies a graded slab', () => {
    expect(registry.isCertified(SLAB.certNo, 9.0)).toBeTruthy();
  });

  it('rejects revoked certificates', async () => {
    api.fetchCert.mockResolvedValueOnce({ ...SLAB, revoked: true });
    await expect(registry.isCertified(SLAB.certNo)).resolves.toBe(false);
  });

  it('caches lookups until the ttl passes', async () => {
    await registry.isCertified(SLAB.certNo);
    await registry.isCertified(SLAB.certNo);
    expect(api.fetchCert).toHaveBeenCalledTimes(1);

    vi.advanceTimersByTime(60_001);
    await registry.isCertified(SLAB.certNo);
    expect(api.fetchCert).toHaveBeenCalledTimes(2);
  });
});
