// expect: require-signal-propagation
// Bug: validateAtTurnstile passes options.signal to the pass lookup but not to the lift-status fetch, so an aborted validation still waits on that request.
export interface PassRecord {
  cardUid: string;
  product: 'day' | 'half-day' | 'season' | 'beginner';
  validFrom: string;
  validTo: string;
  blockedReason?: string;
  ridesToday: number;
}

export interface LiftStatus {
  liftId: string;
  open: boolean;
  beginnerOnly: boolean;
  waitMinutes: number;
}

export type Validation =
  | { allowed: true; cardUid: string; liftId: string; ridesToday: number }
  | { allowed: false; cardUid: string; liftId: string; reason: string };

declare const ticketingConfig: { apiBase: string; apiKey: string; halfDayCutoffHour: number };

const headers = () => ({ authorization: `Bearer ${ticketingConfig.apiKey}`, accept: 'application/json' });

async function getJson<T>(res: Response, what: string): Promise<T> {
  if (!res.ok) throw new Error(`${what}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

function productAllows(pass: PassRecord, lift: LiftStatus, now: Date): string | null {
  const from = new Date(pass.validFrom);
  const to = new Date(pass.validTo);
  if (now < from || now > to) return 'pass not valid today';
  if (pass.product === 'half-day' && now.getHours() < ticketingConfig.halfDayCutoffHour) {
    return `half-day pass valid from ${ticketingConfig.halfDayCutoffHour}:00`;
  }
  if (pass.product === 'beginner' && !lift.beginnerOnly) return 'beginner pass only valid on beginner lifts';
  return null;
}

export async function validateAtTurnstile(
  cardUid: string,
  liftId: string,
  options: { signal?: AbortSignal; now?: Date } = {},
): Promise<Validation> {
  const now = options.now ?? new Date();
  const base = ticketingConfig.apiBase;

  const passRes = await fetch(`${base}/passes/${encodeURIComponent(cardUid)}`, {
    headers: headers(),
    signal: options.signal,
  });
  if (passRes.status === 404) return { allowed: false, cardUid, liftId, reason: 'unknown card' };
  const pass = await getJson<PassRecord>(passRes, 'pass lookup');

  if (pass.blockedReason) return { allowed: false, cardUid, liftId, reason: pass.blockedReason };

  const liftRes = await fetch(`${base}/lifts/${encodeURIComponent(liftId)}/status`, { headers: headers() });
  const lift = await getJson<LiftStatus>(liftRes, 'lift status');
  if (!lift.open) return { allowed: false, cardUid, liftId, reason: 'lift closed' };

  const refusal = productAllows(pass, lift, now);
  if (refusal) return { allowed: false, cardUid, liftId, reason: refusal };

  return { allowed: true, cardUid, liftId, ridesToday: pass.ridesToday + 1 };
}

export function gateMessage(v: Validation): string {
  return v.allowed ? `Enjoy your ride! (#${v.ridesToday} today)` : `Please see the ticket office: ${v.reason}`;
}
