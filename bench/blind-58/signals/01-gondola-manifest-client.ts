// expect: none
// The caller's signal travels to both fetch calls inside the RequestInit that buildInit() assembles (combined with a per-request timeout).
export interface ClientOptions {
  baseUrl: string;
  token: string;
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface RiderManifest {
  gondolaId: string;
  riders: Array<{ ticket: string; weightKg: number; wheelchair: boolean }>;
}

export interface LoadPlan {
  gondolaId: string;
  totalKg: number;
  seatsUsed: number;
  balanceOk: boolean;
}

const GONDOLA_MAX_KG = 640;
const GONDOLA_SEATS = 8;

function buildInit(opts: ClientOptions, init: RequestInit = {}): RequestInit {
  const timeout = AbortSignal.timeout(opts.timeoutMs ?? 8000);
  return {
    ...init,
    headers: {
      accept: "application/json",
      authorization: `Bearer ${opts.token}`,
      ...(init.body ? { "content-type": "application/json" } : {}),
    },
    signal: opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout,
  };
}

async function expectJson<T>(res: Response, what: string): Promise<T> {
  if (!res.ok) {
    throw new Error(`${what} failed with HTTP ${res.status}`);
  }
  return (await res.json()) as T;
}

function planLoad(manifest: RiderManifest): LoadPlan {
  const totalKg = manifest.riders.reduce((sum, r) => sum + r.weightKg, 0);
  const seatsUsed = manifest.riders.reduce((sum, r) => sum + (r.wheelchair ? 2 : 1), 0);
  return {
    gondolaId: manifest.gondolaId,
    totalKg,
    seatsUsed,
    balanceOk: totalKg <= GONDOLA_MAX_KG && seatsUsed <= GONDOLA_SEATS,
  };
}

export async function confirmBoarding(wheelId: string, gondolaId: string, opts: ClientOptions): Promise<LoadPlan> {
  const manifestUrl = new URL(`/wheels/${wheelId}/gondolas/${gondolaId}/manifest`, opts.baseUrl);
  const manifest = await expectJson<RiderManifest>(await fetch(manifestUrl, buildInit(opts)), "manifest lookup");

  const plan = planLoad(manifest);
  if (!plan.balanceOk) {
    return plan;
  }

  const confirmUrl = new URL(`/wheels/${wheelId}/gondolas/${gondolaId}/boarding`, opts.baseUrl);
  const res = await fetch(
    confirmUrl,
    buildInit(opts, { method: "POST", body: JSON.stringify({ tickets: manifest.riders.map((r) => r.ticket) }) }),
  );
  await expectJson<{ accepted: boolean }>(res, "boarding confirmation");
  return plan;
}
