// expect: no-unobserved-promise
// The star catalogue load is started first but only awaited after lamp warm-up and alignment, so a catalogue failure in that window is an unhandled rejection.
export interface ShowRequest {
  showId: string;
  domeId: string;
  title: string;
  epoch: number;
  latitudeDeg: number;
  magnitudeLimit: number;
  brightness: number;
}

export interface Star {
  hip: number;
  raDeg: number;
  decDeg: number;
  magnitude: number;
  colorIndex: number;
}

export interface PreparedShow {
  showId: string;
  starCount: number;
  visibleStars: Star[];
  lampHours: number;
}

declare const starCatalog: {
  load(epoch: number, magnitudeLimit: number): Promise<Star[]>;
};

declare const domeController: {
  status(domeId: string): Promise<{ lampHours: number; doorsClosed: boolean; fisheyeTempC: number }>;
  warmLamps(domeId: string, brightness: number): Promise<void>;
  alignFisheye(domeId: string): Promise<{ residualArcmin: number }>;
  uploadStarField(domeId: string, stars: Star[]): Promise<void>;
};

declare const showLog: {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
};

const MAX_LAMP_HOURS = 2_000;
const MAX_RESIDUAL_ARCMIN = 4;

function aboveHorizon(star: Star, latitudeDeg: number): boolean {
  return star.decDeg > latitudeDeg - 90;
}

function precess(star: Star, fromEpoch: number, toEpoch: number): Star {
  const years = toEpoch - fromEpoch;
  const shiftDeg = (50.3 / 3600) * years;
  return { ...star, raDeg: (star.raDeg + shiftDeg + 360) % 360 };
}

export async function prepareShow(show: ShowRequest): Promise<PreparedShow> {
  const catalog = starCatalog.load(2000, show.magnitudeLimit);

  const dome = await domeController.status(show.domeId);
  if (!dome.doorsClosed) {
    throw new Error(`dome ${show.domeId}: doors open, cannot start projector warm-up`);
  }
  if (dome.lampHours > MAX_LAMP_HOURS) {
    showLog.warn('projector lamp past rated life', { domeId: show.domeId, lampHours: dome.lampHours });
  }

  await domeController.warmLamps(show.domeId, show.brightness);
  const alignment = await domeController.alignFisheye(show.domeId);
  if (alignment.residualArcmin > MAX_RESIDUAL_ARCMIN) {
    throw new Error(`fisheye alignment residual ${alignment.residualArcmin}' exceeds ${MAX_RESIDUAL_ARCMIN}'`);
  }

  const stars = await catalog;
  const visibleStars = stars
    .map((s) => precess(s, 2000, show.epoch))
    .filter((s) => aboveHorizon(s, show.latitudeDeg))
    .sort((a, b) => a.magnitude - b.magnitude);

  await domeController.uploadStarField(show.domeId, visibleStars);
  showLog.info('show prepared', { showId: show.showId, title: show.title, stars: visibleStars.length });

  return {
    showId: show.showId,
    starCount: stars.length,
    visibleStars,
    lampHours: dome.lampHours,
  };
}
