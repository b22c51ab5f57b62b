// expect: none
// Every lock in the flight is validated before any operation starts, and all started promises go straight into Promise.all with nothing in between.
export interface Lock {
  id: string;
  riseCm: number;
  chamberLengthM: number;
  chamberWidthM: number;
  paddles: string[];
}

export interface Vessel {
  name: string;
  lengthM: number;
  beamM: number;
  draughtCm: number;
}

declare const lockTelemetry: {
  chamberLevelCm(lockId: string): Promise<number>;
  pound(lockId: string): Promise<{ levelCm: number; minimumCm: number }>;
};

declare const paddleGear: {
  wind(lockId: string, paddleId: string, openPercent: number): Promise<void>;
};

declare const boaterNotice: {
  post(message: string): Promise<void>;
};

export class FlightPlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FlightPlanError';
  }
}

function checkFits(lock: Lock, vessel: Vessel): void {
  if (vessel.lengthM > lock.chamberLengthM || vessel.beamM > lock.chamberWidthM) {
    throw new FlightPlanError(`${vessel.name} does not fit lock ${lock.id}`);
  }
}

export async function surveyFlight(flight: Lock[], vessel: Vessel): Promise<Array<{ lockId: string; spareCm: number }>> {
  if (flight.length === 0) {
    return [];
  }
  for (const lock of flight) {
    checkFits(lock, vessel);
  }

  const pounds = await Promise.all(flight.map((lock) => lockTelemetry.pound(lock.id)));

  return pounds.map((p, i) => ({ lockId: flight[i].id, spareCm: p.levelCm - p.minimumCm - vessel.draughtCm }));
}

export async function fillChamber(lock: Lock, openPercent = 60): Promise<number> {
  if (lock.paddles.length === 0) {
    throw new FlightPlanError(`Lock ${lock.id} has no ground paddles configured`);
  }
  const winding = lock.paddles.map((paddleId) => paddleGear.wind(lock.id, paddleId, openPercent));
  await Promise.all(winding);
  return lockTelemetry.chamberLevelCm(lock.id);
}

export async function workFlightUp(flight: Lock[], vessel: Vessel): Promise<void> {
  const survey = await surveyFlight(flight, vessel);
  const shallow = survey.filter((s) => s.spareCm < 10);
  if (shallow.length > 0) {
    await boaterNotice.post(`Low pounds at ${shallow.map((s) => s.lockId).join(', ')}; passage delayed`);
    return;
  }
  for (const lock of flight) {
    const level = await fillChamber(lock);
    if (level < lock.riseCm * 0.95) {
      throw new FlightPlanError(`Lock ${lock.id} only filled to ${level}cm of ${lock.riseCm}cm`);
    }
    await Promise.all(lock.paddles.map((paddleId) => paddleGear.wind(lock.id, paddleId, 0)));
  }
  await boaterNotice.post(`${vessel.name} cleared the flight`);
}
