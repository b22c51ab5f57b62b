// expect: none
// The pending lookups are collected in an object but resolved with Promise.all before anything is serialised, compared with ===, or put in the summary text.
export interface MeteorSighting {
  camera: string;
  at: number;
  magnitude: number;
  shower: string | null;
}

export interface NightSummary {
  night: string;
  shower: string;
  count: number;
  brightest: number;
  moonIllumination: number;
  cloudCoverPct: number;
  peakHourUtc: number | null;
}

declare const sightingsDb: {
  between(fromMs: number, toMs: number): Promise<MeteorSighting[]>;
};
declare const ephemeris: {
  moonIllumination(night: string): Promise<number>;
  activeShower(night: string): Promise<string | undefined>;
};
declare const weatherArchive: {
  cloudCover(night: string): Promise<number>;
};
declare const networkFeed: {
  post(path: string, body: string): Promise<void>;
};

function nightBounds(night: string): [number, number] {
  const start = Date.parse(`${night}T18:00:00Z`);
  return [start, start + 12 * 3_600_000];
}

function peakHour(sightings: MeteorSighting[]): number | null {
  if (sightings.length === 0) return null;
  const perHour = new Map<number, number>();
  for (const s of sightings) {
    const h = new Date(s.at).getUTCHours();
    perHour.set(h, (perHour.get(h) ?? 0) + 1);
  }
  return [...perHour.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

export async function summariseNight(night: string): Promise<NightSummary> {
  const [from, to] = nightBounds(night);
  const pending = {
    sightings: sightingsDb.between(from, to),
    moon: ephemeris.moonIllumination(night),
    shower: ephemeris.activeShower(night),
    clouds: weatherArchive.cloudCover(night),
  };
  const [sightings, moon, activeShower, clouds] = await Promise.all([
    pending.sightings,
    pending.moon,
    pending.shower,
    pending.clouds,
  ]);

  const shower = activeShower ?? 'sporadic';
  const members = sightings.filter((s) => (s.shower ?? 'sporadic') === shower);
  const summary: NightSummary = {
    night,
    shower,
    count: members.length,
    brightest: members.reduce((m, s) => Math.min(m, s.magnitude), Infinity),
    moonIllumination: moon,
    cloudCoverPct: clouds,
    peakHourUtc: peakHour(members),
  };

  const headline =
    summary.count === 0
      ? `${night}: no ${shower} meteors logged (clouds ${clouds}%, moon ${Math.round(moon * 100)}%)`
      : `${night}: ${summary.count} ${shower} meteors, brightest mag ${summary.brightest.toFixed(1)}`;
  await networkFeed.post('/nights', JSON.stringify({ ...summary, headline }));
  return summary;
}
