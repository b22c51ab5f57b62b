// expect: no-unobserved-promise
// All geocoder lookups start together but only the first is awaited before the fallbacks get handlers; a fallback that fails while the primary is still pending (or after the primary answers and the function returns) is an unhandled rejection.
export interface GeoPoint {
  lat: number;
  lon: number;
  confidence: number;
  provider: string;
}

export interface Geocoder {
  name: string;
  geocode(address: string, opts: { country?: string }): Promise<GeoPoint | null>;
}

export class GeoResolver {
  constructor(
    private readonly providers: Geocoder[],
    private readonly minConfidence = 0.7,
  ) {
    if (providers.length === 0) throw new Error('GeoResolver needs at least one provider');
  }

  async resolve(address: string, country?: string): Promise<GeoPoint | null> {
    const normalized = address.trim().replace(/\s+/g, ' ');
    const lookups = this.providers.map((p) => p.geocode(normalized, { country }));

    const primary = await lookups[0].catch((err: Error) => {
      console.warn(`[geo] ${this.providers[0].name} failed: ${err.message}`);
      return null;
    });
    if (primary && primary.confidence >= this.minConfidence) {
      return primary;
    }

    let best: GeoPoint | null = primary;
    for (const [i, lookup] of lookups.slice(1).entries()) {
      try {
        const point = await lookup;
        if (point && (!best || point.confidence > best.confidence)) best = point;
      } catch (err) {
        console.warn(`[geo] ${this.providers[i + 1].name} failed: ${(err as Error).message}`);
      }
    }
    return best && best.confidence >= this.minConfidence / 2 ? best : null;
  }
}
