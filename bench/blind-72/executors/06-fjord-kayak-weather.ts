// expect: no-multiple-settle
// confirmDeparture uses an async executor whose first await (marine.forecast) can reject before anything settles, leaving the returned promise pending forever.
import { EventEmitter } from 'node:events';

export interface KayakTour {
  id: string;
  fjord: string;
  departure: Date;
  guideId: string;
  paddlers: number;
}

export interface MarineForecast {
  windKnots: number;
  gustKnots: number;
  waveHeightM: number;
  visibilityKm: number;
}

export interface DepartureDecision {
  go: boolean;
  reason: string;
  forecast: MarineForecast;
}

interface GuideReply {
  tourId: string;
  accept: boolean;
  note?: string;
}

declare const marine: {
  forecast(fjord: string, at: Date): Promise<MarineForecast>;
};

declare const guideChannel: EventEmitter & {
  send(guideId: string, message: { tourId: string; text: string }): void;
};

const LIMITS = {
  windKnots: 14,
  gustKnots: 20,
  waveHeightM: 0.8,
  visibilityKm: 2,
};

function weatherVeto(f: MarineForecast, paddlers: number): string | undefined {
  const windLimit = paddlers > 8 ? LIMITS.windKnots - 2 : LIMITS.windKnots;
  if (f.windKnots > windLimit) return `wind ${f.windKnots}kn over ${windLimit}kn`;
  if (f.gustKnots > LIMITS.gustKnots) return `gusts ${f.gustKnots}kn`;
  if (f.waveHeightM > LIMITS.waveHeightM) return `waves ${f.waveHeightM}m`;
  if (f.visibilityKm < LIMITS.visibilityKm) return `visibility ${f.visibilityKm}km`;
  return undefined;
}

function summary(f: MarineForecast): string {
  return `wind ${f.windKnots}/${f.gustKnots}kn, waves ${f.waveHeightM}m, vis ${f.visibilityKm}km`;
}

export function confirmDeparture(tour: KayakTour, replyWindowMs = 10 * 60_000): Promise<DepartureDecision> {
  return new Promise<DepartureDecision>(async (resolve, reject) => {
    const forecast = await marine.forecast(tour.fjord, tour.departure);
    const veto = weatherVeto(forecast, tour.paddlers);
    if (veto) {
      resolve({ go: false, reason: veto, forecast });
      return;
    }

    const onReply = (reply: GuideReply) => {
      if (reply.tourId !== tour.id) return;
      clearTimeout(timer);
      guideChannel.off('reply', onReply);
      resolve({
        go: reply.accept,
        reason: reply.accept ? 'guide confirmed' : `guide declined${reply.note ? `: ${reply.note}` : ''}`,
        forecast,
      });
    };
    const timer = setTimeout(() => {
      guideChannel.off('reply', onReply);
      reject(new Error(`guide ${tour.guideId} did not answer for tour ${tour.id}`));
    }, replyWindowMs);

    guideChannel.on('reply', onReply);
    guideChannel.send(tour.guideId, {
      tourId: tour.id,
      text: `Tour ${tour.id} on ${tour.fjord} at ${tour.departure.toISOString()}: ${summary(forecast)}. Go?`,
    });
  });
}

export async function planMorning(tours: readonly KayakTour[]): Promise<Map<string, DepartureDecision>> {
  const decisions = await Promise.all(tours.map((t) => confirmDeparture(t)));
  return new Map(tours.map((t, i) => [t.id, decisions[i]]));
}
