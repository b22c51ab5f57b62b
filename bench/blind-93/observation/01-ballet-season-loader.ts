// expect: no-unobserved-promise
// castingReq and holdsReq start before awaiting listProductions(); if either rejects during that await nothing is handling it yet.
export interface Season {
  id: string;
  title: string;
  venueId: string;
  opensOn: string;
}

export interface Production {
  id: string;
  title: string;
  choreographer: string;
  performances: string[];
}

export interface Casting {
  productionId: string;
  role: string;
  dancer: string;
  understudy?: string;
}

export interface VenueHold {
  date: string;
  kind: 'performance' | 'tech' | 'dress';
}

declare const api: {
  getSeason(id: string): Promise<Season>;
  listProductions(seasonId: string): Promise<Production[]>;
  getCasting(seasonId: string): Promise<Casting[]>;
  getVenueHolds(venueId: string): Promise<VenueHold[]>;
};

export interface SeasonPage {
  season: Season;
  productions: Array<Production & { principals: string[]; conflicts: string[] }>;
}

export async function loadSeasonPage(seasonId: string): Promise<SeasonPage> {
  const season = await api.getSeason(seasonId);

  // start the slower look-ups early; the production list is needed first
  const castingReq = api.getCasting(season.id);
  const holdsReq = api.getVenueHolds(season.venueId);

  const productions = await api.listProductions(season.id);
  if (productions.length === 0) {
    return { season, productions: [] };
  }

  const casting = await castingReq;
  const holds = await holdsReq;
  const heldDates = new Set(holds.filter((h) => h.kind !== 'performance').map((h) => h.date));

  return {
    season,
    productions: productions.map((production) => ({
      ...production,
      principals: casting
        .filter((c) => c.productionId === production.id && !c.role.startsWith('corps'))
        .map((c) => c.dancer),
      conflicts: production.performances.filter((date) => heldDates.has(date)),
    })),
  };
}

export function formatOpening(season: Season, locale = 'en-GB'): string {
  const date = new Date(season.opensOn);
  return `${season.title} opens ${date.toLocaleDateString(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  })}`;
}
