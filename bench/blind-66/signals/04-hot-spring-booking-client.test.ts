// expect: none
// The caller's signal reaches fetch through the RequestInit that buildInit() assembles, and the tests assert that cancellation surfaces as an AbortError.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toMatchObject(expected: object): Promise<void> };
};
declare const vi: {
  stubGlobal(name: string, value: unknown): void;
  unstubAllGlobals(): void;
};

interface OnsenBooking {
  guest: string;
  bath: 'rotenburo' | 'kashikiri' | 'sand-bath';
  slot: string;
  minutes: number;
}

interface RequestOptions {
  signal?: AbortSignal;
  idempotencyKey?: string;
}

function buildInit(body: unknown, options: RequestOptions): RequestInit {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  return { method: 'POST', headers, body: JSON.stringify(body), signal: options.signal };
}

async function reserveBath(booking: OnsenBooking, options: RequestOptions = {}): Promise<string> {
  if (booking.bath === 'kashikiri' && booking.minutes > 50) {
    throw new RangeError('private baths are booked in slots of at most 50 minutes');
  }
  const init = buildInit(booking, options);
  const response = await fetch('https://ryokan.example/api/bath-bookings', init);
  if (!response.ok) throw new Error(`booking refused: HTTP ${response.status}`);
  const { confirmation } = (await response.json()) as { confirmation: string };
  return confirmation;
}

function slowFetch(delayMs: number, confirmation: string) {
  return (_url: string, init: RequestInit = {}) =>
    new Promise<Response>((resolve, reject) => {
      const onAbort = () => {
        clearTimeout(timer);
        reject(init.signal?.reason ?? new DOMException('aborted', 'AbortError'));
      };
      const timer = setTimeout(() => {
        init.signal?.removeEventListener('abort', onAbort);
        resolve(new Response(JSON.stringify({ confirmation }), { status: 201 }));
      }, delayMs);
      if (init.signal?.aborted) onAbort();
      else init.signal?.addEventListener('abort', onAbort, { once: true });
    });
}

describe('hot spring bath booking client', () => {
  const booking: OnsenBooking = { guest: 'Sato', bath: 'kashikiri', slot: '21:00', minutes: 40 };

  beforeEach(() => {
    vi.stubGlobal('fetch', slowFetch(20, 'KSK-2100-SATO'));
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('returns the confirmation code for a private bath', async () => {
    const confirmation = await reserveBath(booking, { idempotencyKey: 'sato-2100' });
    expect(confirmation).toBe('KSK-2100-SATO');
  });

  it('rejects with an AbortError when the guest cancels mid-request', async () => {
    const controller = new AbortController();
    const pending = reserveBath(booking, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects immediately when the signal is already aborted', async () => {
    await expect(reserveBath(booking, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('refuses over-long private bath slots before calling the server', async () => {
    await expect(reserveBath({ ...booking, minutes: 90 })).rejects.toMatchObject({ name: 'RangeError' });
  });
});
