// expect: none
// Promise.any over the regional mirrors gives each request its own controller linked to the caller signal and a timeout and aborts every loser in finally; the form handler only drops the abort of its own superseded request.
export interface RefillStatus {
  rxNumber: string;
  state: 'queued' | 'filling' | 'ready' | 'picked-up' | 'needs-prescriber';
  readyBy?: string;
  pharmacyId: string;
}

export interface StatusRequest {
  rxNumber: string;
  dateOfBirth: string;
  signal?: AbortSignal;
}

const MIRRORS = [
  'https://rx-east.pharmacy.example.com',
  'https://rx-west.pharmacy.example.com',
  'https://rx-central.pharmacy.example.com',
] as const;

const PER_MIRROR_TIMEOUT_MS = 4_000;

async function fetchFromMirror(base: string, req: StatusRequest, signal: AbortSignal): Promise<RefillStatus> {
  const res = await fetch(`${base}/v1/refills/${encodeURIComponent(req.rxNumber)}`, {
    headers: { 'x-patient-dob': req.dateOfBirth, accept: 'application/json' },
    credentials: 'include',
    signal,
  });
  if (!res.ok) {
    throw new Error(`${base} answered ${res.status}`);
  }
  return (await res.json()) as RefillStatus;
}

export async function fetchRefillStatus(req: StatusRequest): Promise<RefillStatus> {
  const controllers = MIRRORS.map(() => new AbortController());

  try {
    return await Promise.any(
      MIRRORS.map((base, i) => {
        const parts = [controllers[i].signal, AbortSignal.timeout(PER_MIRROR_TIMEOUT_MS)];
        if (req.signal) parts.push(req.signal);
        return fetchFromMirror(base, req, AbortSignal.any(parts));
      }),
    );
  } catch (err) {
    req.signal?.throwIfAborted();
    if (err instanceof AggregateError) {
      throw new Error(`no pharmacy mirror could answer for ${req.rxNumber}`, { cause: err });
    }
    throw err;
  } finally {
    for (const c of controllers) c.abort();
  }
}

const LABELS: Record<RefillStatus['state'], string> = {
  queued: 'In the queue',
  filling: 'Being filled now',
  ready: 'Ready for pickup',
  'picked-up': 'Picked up',
  'needs-prescriber': 'Waiting on your prescriber',
};

export function bindStatusWidget(form: HTMLFormElement, output: HTMLElement): void {
  let inflight: AbortController | undefined;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    inflight?.abort();
    const controller = new AbortController();
    inflight = controller;

    const data = new FormData(form);
    output.textContent = 'Checking…';
    try {
      const status = await fetchRefillStatus({
        rxNumber: String(data.get('rx') ?? ''),
        dateOfBirth: String(data.get('dob') ?? ''),
        signal: controller.signal,
      });
      output.textContent = `${LABELS[status.state]}${status.readyBy ? ` (by ${status.readyBy})` : ''}`;
    } catch (err) {
      if (controller.signal.aborted) return;
      output.textContent = 'We could not reach the pharmacy. Please try again.';
      console.error(err);
    }
  });
}
