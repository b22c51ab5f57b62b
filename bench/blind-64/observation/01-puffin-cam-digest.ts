// expect: no-unobserved-promise
// clipsRequest is started before three other awaits; if it rejects while those are pending (or one of them throws first) the rejection is unhandled.
export interface CamClip {
  clipId: string;
  camId: string;
  startedAt: string;
  durationS: number;
  burrowVisits: number;
  fishDeliveries: number;
}

export interface Colony {
  id: string;
  name: string;
  lat: number;
  lon: number;
  camIds: string[];
}

export interface DailyDigest {
  colonyId: string;
  day: string;
  headline: string;
  totalDeliveries: number;
  busiestCam?: string;
  windKph: number;
  highlightClipIds: string[];
}

declare const camArchive: {
  listClips(camIds: string[], day: string): Promise<CamClip[]>;
};

declare const colonyRegistry: {
  get(colonyId: string): Promise<Colony>;
  observerNotes(colonyId: string, day: string): Promise<string[]>;
};

declare const marineWeather: {
  forDay(lat: number, lon: number, day: string): Promise<{ windKph: number; swellM: number }>;
};

declare const digestStore: {
  save(digest: DailyDigest): Promise<void>;
};

function pickHighlights(clips: CamClip[], limit: number): string[] {
  return [...clips]
    .sort((a, b) => b.fishDeliveries - a.fishDeliveries || b.burrowVisits - a.burrowVisits)
    .slice(0, limit)
    .map((c) => c.clipId);
}

function busiest(clips: CamClip[]): string | undefined {
  const perCam = new Map<string, number>();
  for (const c of clips) perCam.set(c.camId, (perCam.get(c.camId) ?? 0) + c.fishDeliveries);
  let best: string | undefined;
  let bestCount = -1;
  for (const [cam, count] of perCam) {
    if (count > bestCount) {
      best = cam;
      bestCount = count;
    }
  }
  return best;
}

export async function buildDailyDigest(colonyId: string, camIds: string[], day: string): Promise<DailyDigest> {
  // The archive query is the slow part, so get it going while we gather the rest.
  const clipsRequest = camArchive.listClips(camIds, day);

  const colony = await colonyRegistry.get(colonyId);
  const weather = await marineWeather.forDay(colony.lat, colony.lon, day);
  const notes = await colonyRegistry.observerNotes(colonyId, day);

  const clips = await clipsRequest;
  const totalDeliveries = clips.reduce((sum, c) => sum + c.fishDeliveries, 0);

  const headline =
    weather.windKph > 45
      ? `${colony.name}: storm day, ${totalDeliveries} deliveries logged`
      : notes[0] ?? `${colony.name}: ${totalDeliveries} fish deliveries across ${clips.length} clips`;

  const digest: DailyDigest = {
    colonyId,
    day,
    headline,
    totalDeliveries,
    busiestCam: busiest(clips),
    windKph: weather.windKph,
    highlightClipIds: pickHighlights(clips, 5),
  };
  await digestStore.save(digest);
  return digest;
}
