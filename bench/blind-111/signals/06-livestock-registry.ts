// expect: none
// The catch rethrows the original error whenever the signal is aborted or the error is an AbortError, and only wraps genuine registry failures in RegistryError.
export interface BuckingAnimal {
  brand: string;
  name: string;
  contractor: string;
  event: 'bareback' | 'saddle-bronc' | 'bull-riding';
  vetCheckedAt: string;
  outs: number;
  averageAnimalScore: number;
}

export class RegistryError extends Error {
  override readonly name = 'RegistryError';
  constructor(
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

export class LivestockRegistry {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
  ) {}

  async lookup(brand: string, signal?: AbortSignal): Promise<BuckingAnimal> {
    try {
      const res = await fetch(`${this.baseUrl}/animals/${encodeURIComponent(brand)}`, {
        headers: { 'x-api-key': this.apiKey },
        signal,
      });
      if (res.status === 404) throw new RegistryError(`no animal registered under brand ${brand}`, 404);
      if (!res.ok) throw new RegistryError(`registry error ${res.status} for ${brand}`, res.status);
      return (await res.json()) as BuckingAnimal;
    } catch (err) {
      if (signal?.aborted || isAbort(err)) throw err;
      if (err instanceof RegistryError) throw err;
      throw new RegistryError(`registry unreachable while looking up ${brand}`, undefined, { cause: err });
    }
  }

  async eligiblePen(brands: string[], event: BuckingAnimal['event'], signal?: AbortSignal): Promise<BuckingAnimal[]> {
    const pen: BuckingAnimal[] = [];
    const cutoff = Date.now() - 72 * 3600_000;
    for (const brand of brands) {
      const animal = await this.lookup(brand, signal);
      if (animal.event !== event) continue;
      if (Date.parse(animal.vetCheckedAt) < cutoff) continue;
      pen.push(animal);
    }
    return pen.sort((a, b) => b.averageAnimalScore - a.averageAnimalScore);
  }
}
