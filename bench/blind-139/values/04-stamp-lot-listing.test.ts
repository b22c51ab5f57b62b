// expect: none
// The lot's estimate is awaited before it is placed in the JSON body, and the tests await or use resolves on every promise they assert about.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Lot {
  lotNumber: number;
  catalogue: string;
  condition: 'mint' | 'hinged' | 'used';
}

interface Valuer {
  estimate(catalogue: string, condition: Lot['condition']): Promise<number>;
}

type Poster = (url: string, body: string) => Promise<{ status: number }>;

class AuctionLister {
  constructor(private readonly valuer: Valuer, private readonly post: Poster) {}

  async list(lot: Lot): Promise<boolean> {
    const estimate = await this.valuer.estimate(lot.catalogue, lot.condition);
    const body = JSON.stringify({
      lot: lot.lotNumber,
      catalogue: lot.catalogue,
      condition: lot.condition,
      reserve: Math.floor(estimate * 0.6),
      estimate,
    });
    const res = await this.post('https://auction.example/lots', body);
    return res.status === 201;
  }
}

describe('AuctionLister', () => {
  let valuer: Valuer;
  let post: ReturnType<typeof vi.fn<Poster>>;
  let lister: AuctionLister;

  beforeEach(() => {
    valuer = { estimate: vi.fn(async (_c: string, condition: Lot['condition']) => (condition === 'mint' ? 500 : 120)) };
    post = vi.fn<Poster>().mockResolvedValue({ status: 201 });
    lister = new AuctionLister(valuer, post);
  });

  afterEach(() => {
    vi.clearAllMocks();
  });

  it('sends the resolved estimate and a 60% reserve', async () => {
    await expect(lister.list({ lotNumber: 7, catalogue: 'SG-1', condition: 'mint' })).resolves.toBe(true);
    const body = JSON.parse(post.mock.calls[0]![1]);
    expect(body).toEqual({ lot: 7, catalogue: 'SG-1', condition: 'mint', reserve: 300, estimate: 500 });
  });

  it('reports failure when the auction house refuses the lot', async () => {
    post.mockResolvedValueOnce({ status: 409 });
    const listed = await lister.list({ lotNumber: 8, catalogue: 'SG-2', condition: 'used' });
    expect(listed).toBe(false);
  });

  it('does not post when valuation fails', async () => {
    vi.mocked(valuer.estimate).mockRejectedValueOnce(new Error('valuer offline'));
    await expect(lister.list({ lotNumber: 9, catalogue: 'SG-3', condition: 'hinged' })).rejects.toThrow('valuer offline');
    expect(post).not.toHaveBeenCalled();
  });
});
