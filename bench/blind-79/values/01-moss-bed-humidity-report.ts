// expect: no-promise-as-value
// Bug: targetHumidity() is async, so the report line interpolates a pending Promise and prints "[object Promise]" instead of the target.
interface MossBed {
  bedId: string;
  species: 'Hypnum cupressiforme' | 'Leucobryum glaucum' | 'Polytrichum commune' | 'Sphagnum palustre';
  shadePct: number;
  readings: { at: Date; humidityPct: number; substrateC: number }[];
}

interface SpeciesProfile {
  species: MossBed['species'];
  minHumidityPct: number;
  idealHumidityPct: number;
}

declare const horticultureApi: { profile(species: MossBed['species']): Promise<SpeciesProfile> };
declare const mister: { schedule(bedId: string, minutesPerHour: number): Promise<void> };

const profileCache = new Map<MossBed['species'], SpeciesProfile>();

async function targetHumidity(bed: MossBed): Promise<number> {
  let profile = profileCache.get(bed.species);
  if (!profile) {
    profile = await horticultureApi.profile(bed.species);
    profileCache.set(bed.species, profile);
  }
  const shadeBonus = bed.shadePct > 70 ? -5 : 0;
  return profile.idealHumidityPct + shadeBonus;
}

function dailyMean(bed: MossBed, day: string): number | null {
  const todays = bed.readings.filter((r) => r.at.toISOString().startsWith(day));
  if (todays.length === 0) return null;
  return todays.reduce((s, r) => s + r.humidityPct, 0) / todays.length;
}

function formatPct(v: number | null): string {
  return v === null ? 'n/a' : `${v.toFixed(1)}%`;
}

export async function adjustMisting(beds: readonly MossBed[]): Promise<void> {
  for (const bed of beds) {
    const latest = bed.readings.at(-1);
    if (!latest) continue;
    const target = await targetHumidity(bed);
    const deficit = target - latest.humidityPct;
    const minutes = deficit <= 0 ? 0 : Math.min(20, Math.ceil(deficit / 2));
    await mister.schedule(bed.bedId, minutes);
  }
}

export function gardenReport(beds: readonly MossBed[], day: string): string {
  const lines = [`Moss garden humidity, ${day}`];
  for (const bed of [...beds].sort((a, b) => a.bedId.localeCompare(b.bedId))) {
    const mean = dailyMean(bed, day);
    const warmest = Math.max(...bed.readings.map((r) => r.substrateC));
    lines.push(
      `${bed.bedId} (${bed.species}): mean ${formatPct(mean)}, target ${targetHumidity(bed)}%, ` +
        `substrate max ${Number.isFinite(warmest) ? warmest.toFixed(1) : 'n/a'}°C`,
    );
  }
  return lines.join('\n');
}
