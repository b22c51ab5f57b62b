// expect: none
// Correct: the twine-price request is started early but its .catch fallback is attached immediately, so a rejection during the later awaits is handled.
export interface NetDamage {
  netId: string;
  holes: { meshesAcross: number; meshesDeep: number }[];
  tornSelvedgeM: number;
}

export interface NetSpec {
  netId: string;
  material: 'nylon-mono' | 'nylon-multi' | 'polyethylene';
  meshSizeMm: number;
  twineMm: number;
}

export interface TwinePrices {
  perKgByMaterial: Record<NetSpec['material'], number>;
  quotedAt: string;
}

export interface MendQuote {
  netId: string;
  meshesToKnit: number;
  twineKg: number;
  labourHours: number;
  priceEur: number;
  priceSource: 'live' | 'fallback';
}

declare const supplier: { twinePrices(): Promise<TwinePrices> };
declare const loftRegistry: {
  spec(netId: string): Promise<NetSpec>;
  damageSurvey(netId: string): Promise<NetDamage>;
};

const FALLBACK_PRICES: TwinePrices = {
  perKgByMaterial: { 'nylon-mono': 14.5, 'nylon-multi': 11.2, polyethylene: 7.9 },
  quotedAt: 'fallback',
};

const MESHES_PER_HOUR = 220;
const HOURLY_RATE_EUR = 28;

function twineKgFor(spec: NetSpec, meshes: number): number {
  // Each mesh uses roughly four bar lengths plus knot allowance.
  const metres = meshes * (4 * spec.meshSizeMm * 0.5 + 30) / 1000;
  const gramsPerMetre = spec.twineMm * spec.twineMm * 0.9;
  return (metres * gramsPerMetre) / 1000;
}

export async function quoteMend(netId: string): Promise<MendQuote> {
  const prices = supplier.twinePrices().then(
    (p) => ({ prices: p, source: 'live' as const }),
    () => ({ prices: FALLBACK_PRICES, source: 'fallback' as const }),
  );

  const spec = await loftRegistry.spec(netId);
  const damage = await loftRegistry.damageSurvey(netId);

  const meshesToKnit =
    damage.holes.reduce((sum, h) => sum + h.meshesAcross * h.meshesDeep, 0) +
    Math.ceil((damage.tornSelvedgeM * 1000) / spec.meshSizeMm);
  const twineKg = twineKgFor(spec, meshesToKnit);
  const labourHours = Math.max(0.5, meshesToKnit / MESHES_PER_HOUR);

  const { prices: p, source } = await prices;
  const priceEur = twineKg * p.perKgByMaterial[spec.material] + labourHours * HOURLY_RATE_EUR;

  return {
    netId,
    meshesToKnit,
    twineKg: Math.round(twineKg * 100) / 100,
    labourHours: Math.round(labourHours * 10) / 10,
    priceEur: Math.round(priceEur),
    priceSource: source,
  };
}
