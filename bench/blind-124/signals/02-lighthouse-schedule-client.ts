// expect: none
// Only non-abort failures are wrapped in LampScheduleError; when the caller aborted, the original AbortError is rethrown untouched, so cancellation still propagates as an abort.
export interface LightCharacter {
  pattern: string; // e.g. "Fl(3) W 15s"
  periodSec: number;
  rangeNm: number;
}

export interface LampSchedule {
  stationId: string;
  character: LightCharacter;
  onAt: string;
  offAt: string;
}

export class LampScheduleError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LampScheduleError';
  }
}

export class LampScheduleClient {
  constructor(private readonly baseUrl: string) {}

  async scheduleFor(stationId: string, date: string, signal: AbortSignal): Promise<LampSchedule> {
    try {
      const res = await fetch(`${this.baseUrl}/stations/${stationId}/schedule?date=${date}`, { signal });
      if (!res.ok) {
        throw new LampScheduleError(`schedule service answered ${res.status} for ${stationId}`);
      }
      return (await res.json()) as LampSchedule;
    } catch (err) {
      if (signal.aborted || (err instanceof Error && err.name === 'AbortError')) throw err;
      if (err instanceof LampScheduleError) throw err;
      throw new LampScheduleError(`could not load lamp schedule for ${stationId} on ${date}`, { cause: err });
    }
  }

  async reportCharacterChange(stationId: string, character: LightCharacter, signal: AbortSignal): Promise<void> {
    try {
      const res = await fetch(`${this.baseUrl}/stations/${stationId}/character`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(character),
        signal,
      });
      if (!res.ok) throw new LampScheduleError(`character update rejected with ${res.status}`);
    } catch (err) {
      if (signal.aborted || (err instanceof Error && err.name === 'AbortError')) throw err;
      if (err instanceof LampScheduleError) throw err;
      throw new LampScheduleError(`could not report new character for ${stationId}`, { cause: err });
    }
  }

  static isLitAt(schedule: LampSchedule, when: Date): boolean {
    const t = when.getTime();
    return t >= Date.parse(schedule.onAt) && t < Date.parse(schedule.offAt);
  }
}
