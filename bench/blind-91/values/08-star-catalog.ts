// expect: none
// this.catalog is written in the .then of the load started by the constructor, and every reader awaits this.ready (which settles only after that write) before touching it.
export interface Star {
  hip: number;
  name?: string;
  raDeg: number;
  decDeg: number;
  magnitude: number;
  constellation: string;
}

interface CatalogFile {
  epoch: 'J2000';
  stars: Star[];
}

export class StarCatalog {
  private catalog: Star[] = [];
  private byConstellation = new Map<string, Star[]>();
  readonly ready: Promise<void>;

  constructor(private readonly url: string, signal?: AbortSignal) {
    this.ready = fetch(url, { signal })
      .then((res) => {
        if (!res.ok) throw new Error(`star catalogue ${url} -> ${res.status}`);
        return res.json() as Promise<CatalogFile>;
      })
      .then((file) => {
        this.catalog = file.stars;
        for (const star of file.stars) {
          const list = this.byConstellation.get(star.constellation) ?? [];
          list.push(star);
          this.byConstellation.set(star.constellation, list);
        }
      });
    // a failed load is reported to whoever awaits ready; don't crash the page if nobody has yet
    this.ready.catch(() => {});
  }

  async visible(limitingMagnitude: number): Promise<Star[]> {
    await this.ready;
    return this.catalog.filter((s) => s.magnitude <= limitingMagnitude);
  }

  async constellation(abbr: string): Promise<Star[]> {
    await this.ready;
    return [...(this.byConstellation.get(abbr) ?? [])].sort((a, b) => a.magnitude - b.magnitude);
  }

  async brightest(n: number): Promise<Star[]> {
    await this.ready;
    return [...this.catalog].sort((a, b) => a.magnitude - b.magnitude).slice(0, n);
  }
}

export function altitudeDeg(star: Star, latDeg: number, localSiderealDeg: number): number {
  const rad = Math.PI / 180;
  const hourAngle = (localSiderealDeg - star.raDeg) * rad;
  const sinAlt =
    Math.sin(star.decDeg * rad) * Math.sin(latDeg * rad) +
    Math.cos(star.decDeg * rad) * Math.cos(latDeg * rad) * Math.cos(hourAngle);
  return Math.asin(sinAlt) / rad;
}

export async function buildDomeScene(catalog: StarCatalog, latDeg: number, lstDeg: number, limitingMagnitude = 5.5) {
  const stars = await catalog.visible(limitingMagnitude);
  const aboveHorizon = stars.filter((s) => altitudeDeg(s, latDeg, lstDeg) > 0);
  const labelled = aboveHorizon.filter((s) => s.name && s.magnitude < 2);
  return {
    starCount: aboveHorizon.length,
    labels: labelled.map((s) => ({ hip: s.hip, text: s.name! })),
  };
}
