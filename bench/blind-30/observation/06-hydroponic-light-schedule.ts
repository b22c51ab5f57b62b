// expect: none
// The tariff lookup starts early but gets its rejection handler at once (falling back to a flat tariff), so nothing is left unobserved across later awaits.
export interface TowerZone {
  zoneId: string;
  crop: 'lettuce' | 'basil' | 'strawberry' | 'microgreens';
  ledWatts: number;
  targetDli: number;
}

export interface HourlyTariff {
  hour: number;
  pencePerKwh: number;
}

export interface LightPlan {
  zoneId: string;
  onHours: number[];
  expectedDli: number;
  costPence: number;
  tariffSource: 'market' | 'flat';
}

declare const energyMarket: {
  dayAheadTariff(date: string): Promise<HourlyTariff[]>;
};

declare const zoneStore: {
  zones(farmId: string): Promise<TowerZone[]>;
  sunlightDli(farmId: string, date: string): Promise<number>;
  savePlans(farmId: string, date: string, plans: LightPlan[]): Promise<void>;
};

const FLAT_TARIFF_PENCE = 28;
const DLI_PER_LED_HOUR_PER_100W = 0.9;

function flatTariff(): HourlyTariff[] {
  return Array.from({ length: 24 }, (_, hour) => ({ hour, pencePerKwh: FLAT_TARIFF_PENCE }));
}

function planZone(zone: TowerZone, sunlightDli: number, tariff: HourlyTariff[], source: LightPlan['tariffSource']): LightPlan {
  const shortfall = Math.max(0, zone.targetDli - sunlightDli);
  const dliPerHour = (zone.ledWatts / 100) * DLI_PER_LED_HOUR_PER_100W;
  const hoursNeeded = Math.min(18, Math.ceil(shortfall / dliPerHour));
  const cheapest = [...tariff].sort((a, b) => a.pencePerKwh - b.pencePerKwh).slice(0, hoursNeeded);
  const costPence = cheapest.reduce((sum, t) => sum + (zone.ledWatts / 1000) * t.pencePerKwh, 0);
  return {
    zoneId: zone.zoneId,
    onHours: cheapest.map((t) => t.hour).sort((a, b) => a - b),
    expectedDli: sunlightDli + hoursNeeded * dliPerHour,
    costPence: Math.round(costPence),
    tariffSource: source,
  };
}

export async function planLighting(farmId: string, date: string): Promise<LightPlan[]> {
  const tariffLookup = energyMarket.dayAheadTariff(date).then(
    (tariff) => ({ tariff, source: 'market' as const }),
    () => ({ tariff: flatTariff(), source: 'flat' as const }),
  );

  const zones = await zoneStore.zones(farmId);
  if (zones.length === 0) return [];
  const sunlight = await zoneStore.sunlightDli(farmId, date);

  const { tariff, source } = await tariffLookup;
  const plans = zones.map((zone) => planZone(zone, sunlight, tariff, source));
  await zoneStore.savePlans(farmId, date, plans);
  return plans;
}
