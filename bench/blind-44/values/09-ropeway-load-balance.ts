// expect: none
// The tension and manifest promises are resolved with Promise.all before they feed the template strings, the JSON body and the comparisons, so no Promise is used as a value.
export interface CarrierState {
  carrierId: string;
  span: number;
  payloadKg: number;
}

export interface SpanTension {
  span: number;
  haulRopeKn: number;
  trackRopeKn: number;
}

export interface RebalanceOrder {
  fromCarrier: string;
  toCarrier: string;
  moveKg: number;
}

declare const ropewayPlc: {
  carriers(): Promise<CarrierState[]>;
  tensions(): Promise<SpanTension[]>;
  maxHaulTensionKn(): Promise<number>;
};
declare const TERMINAL_URL: string;
declare const opsLog: { info(msg: string): void };

const REBALANCE_MIN_KG = 40;

function heaviestAndLightest(carriers: CarrierState[]): [CarrierState, CarrierState] | null {
  if (carriers.length < 2) return null;
  const sorted = [...carriers].sort((a, b) => b.payloadKg - a.payloadKg);
  return [sorted[0], sorted[sorted.length - 1]];
}

export async function planRebalance(): Promise<RebalanceOrder[]> {
  const [carriers, tensions, limitKn] = await Promise.all([
    ropewayPlc.carriers(),
    ropewayPlc.tensions(),
    ropewayPlc.maxHaulTensionKn(),
  ]);

  const worst = tensions.reduce((a, b) => (b.haulRopeKn > a.haulRopeKn ? b : a), tensions[0]);
  opsLog.info(`worst span ${worst?.span ?? '-'} at ${worst?.haulRopeKn ?? 0}kN of ${limitKn}kN`);

  const orders: RebalanceOrder[] = [];
  const overloaded = tensions.filter((t) => t.haulRopeKn > limitKn * 0.9).map((t) => t.span);
  for (const span of overloaded) {
    const pair = heaviestAndLightest(carriers.filter((c) => c.span === span));
    if (!pair) continue;
    const [heavy, light] = pair;
    const moveKg = Math.floor((heavy.payloadKg - light.payloadKg) / 2);
    if (moveKg >= REBALANCE_MIN_KG) {
      orders.push({ fromCarrier: heavy.carrierId, toCarrier: light.carrierId, moveKg });
    }
  }
  return orders;
}

export async function sendToTerminal(orders: RebalanceOrder[]): Promise<{ accepted: number }> {
  const carriers = await ropewayPlc.carriers();
  const known = new Set(carriers.map((c) => c.carrierId));
  const valid = orders.filter((o) => known.has(o.fromCarrier) && known.has(o.toCarrier));
  if (valid.length === 0) return { accepted: 0 };

  const res = await fetch(`${TERMINAL_URL}/rebalance`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ issuedAt: new Date().toISOString(), orders: valid }),
  });
  if (!res.ok) throw new Error(`terminal rejected ${valid.length} rebalance orders: HTTP ${res.status}`);
  const { accepted } = (await res.json()) as { accepted: number };
  if (accepted !== valid.length) {
    opsLog.info(`terminal accepted ${accepted}/${valid.length} orders`);
  }
  return { accepted };
}
