// expect: none
// Every promise is awaited before it is compared, interpolated or defaulted with ??; the pending-wake map is only checked for presence and then awaited.
export interface CollarFix {
  collarId: string;
  lat: number;
  lon: number;
  batteryPct: number | null;
  at: number;
}

export interface Reindeer {
  name: string;
  collarId: string;
  cow: boolean;
}

declare const gateway: {
  lastFix(collarId: string): Promise<CollarFix | null>;
  wake(collarId: string): Promise<boolean>;
};
declare const herderRadio: { broadcast(text: string): Promise<void> };

const CORRAL = { lat: 68.35, lon: 18.83 };

function kmFromCorral(fix: CollarFix): number {
  const dLat = (fix.lat - CORRAL.lat) * 111;
  const dLon = (fix.lon - CORRAL.lon) * 111 * Math.cos((CORRAL.lat * Math.PI) / 180);
  return Math.hypot(dLat, dLon);
}

export class Roundup {
  private readonly waking = new Map<string, Promise<boolean>>();

  private wakeOnce(collarId: string): Promise<boolean> {
    const inFlight = this.waking.get(collarId);
    if (inFlight) return inFlight;
    const wake = gateway.wake(collarId).finally(() => this.waking.delete(collarId));
    this.waking.set(collarId, wake);
    return wake;
  }

  async locate(animal: Reindeer): Promise<{ name: string; km: number; battery: number } | null> {
    let fix = await gateway.lastFix(animal.collarId);
    if (fix === null || Date.now() - fix.at > 6 * 3_600_000) {
      const woke = await this.wakeOnce(animal.collarId);
      if (woke === false) return null;
      fix = await gateway.lastFix(animal.collarId);
    }
    if (!fix) return null;
    const battery = fix.batteryPct ?? 0;
    return { name: animal.name, km: kmFromCorral(fix), battery };
  }

  async announceStragglers(herd: Reindeer[], maxKm = 12): Promise<string[]> {
    const stragglers: string[] = [];
    for (const animal of herd) {
      const where = await this.locate(animal);
      if (!where) {
        stragglers.push(`${animal.name} (no fix)`);
      } else if (where.km > maxKm) {
        stragglers.push(`${animal.name} ${where.km.toFixed(1)}km out${where.battery < 15 ? ', low battery' : ''}`);
      }
    }
    if (stragglers.length > 0) {
      const cows = herd.filter((a) => a.cow && stragglers.some((s) => s.startsWith(a.name))).length;
      await herderRadio.broadcast(`Roundup: ${stragglers.length} stragglers (${cows} cows): ${stragglers.join('; ')}`);
    }
    return stragglers;
  }
}
