// expect: none
// Every request passes AbortSignal.any of the caller's signal and the client's own controller, so both caller cancellation and close() reach fetch.
export interface Mooring {
  id: string;
  canal: string;
  lengthM: number;
  maxStayHours: number;
  occupied: boolean;
}

export interface MooringQuery {
  canal: string;
  minLengthM: number;
  signal?: AbortSignal;
}

export class MooringClient {
  private readonly lifetime = new AbortController();

  constructor(private readonly baseUrl: string, private readonly apiKey: string) {}

  private signalFor(callerSignal?: AbortSignal): AbortSignal {
    const signals = [this.lifetime.signal, AbortSignal.timeout(10_000)];
    if (callerSignal) signals.push(callerSignal);
    return AbortSignal.any(signals);
  }

  private async get<T>(path: string, callerSignal?: AbortSignal): Promise<T> {
    const res = await fetch(new URL(path, this.baseUrl), {
      headers: { authorization: `Bearer ${this.apiKey}` },
      signal: this.signalFor(callerSignal),
    });
    if (!res.ok) {
      throw new Error(`mooring API ${path} failed with ${res.status}`);
    }
    return (await res.json()) as T;
  }

  async freeMoorings({ canal, minLengthM, signal }: MooringQuery): Promise<Mooring[]> {
    const all = await this.get<Mooring[]>(`/canals/${encodeURIComponent(canal)}/moorings`, signal);
    return all.filter((m) => !m.occupied && m.lengthM >= minLengthM);
  }

  async reserve(mooringId: string, bargeName: string, hours: number, signal?: AbortSignal): Promise<string> {
    const res = await fetch(new URL(`/moorings/${mooringId}/reservations`, this.baseUrl), {
      method: 'POST',
      headers: { authorization: `Bearer ${this.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ bargeName, hours }),
      signal: this.signalFor(signal),
    });
    if (res.status === 409) throw new Error(`mooring ${mooringId} was taken`);
    if (!res.ok) throw new Error(`reservation failed with ${res.status}`);
    const { reservationId } = (await res.json()) as { reservationId: string };
    return reservationId;
  }

  close(): void {
    this.lifetime.abort(new Error('mooring client closed'));
  }
}

export async function findAndReserve(
  client: MooringClient,
  canal: string,
  bargeName: string,
  lengthM: number,
  signal?: AbortSignal,
): Promise<string | undefined> {
  const free = await client.freeMoorings({ canal, minLengthM: lengthM, signal });
  for (const mooring of free.sort((a, b) => b.maxStayHours - a.maxStayHours)) {
    try {
      return await client.reserve(mooring.id, bargeName, Math.min(mooring.maxStayHours, 48), signal);
    } catch (err) {
      if (signal?.aborted) throw err;
      if (!(err instanceof Error) || !err.message.includes('was taken')) throw err;
    }
  }
  return undefined;
}
