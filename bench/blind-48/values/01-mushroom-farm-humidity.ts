// expect: no-promise-as-value
// Bug: the alert text interpolates the setpoint promise rather than its awaited value, so operators read "setpoint [object Promise]%".
export interface GrowRoom {
  id: string;
  species: 'oyster' | 'shiitake' | 'lions-mane';
  phase: 'colonisation' | 'pinning' | 'fruiting';
}

export interface RhReading {
  roomId: string;
  rh: number;
  co2Ppm: number;
  at: Date;
}

declare const recipeStore: {
  setpoint(species: GrowRoom['species'], phase: GrowRoom['phase']): Promise<{ rh: number; bandPct: number }>;
};

declare const alerts: {
  send(alert: { roomId: string; severity: 'info' | 'warning' | 'critical'; message: string }): Promise<void>;
};

declare const foggers: {
  adjust(roomId: string, deltaPct: number): Promise<void>;
};

const CO2_LIMIT_PPM = 1_200;

export class HumidityWatch {
  private readonly excursions = new Map<string, number>();

  private async targetRh(room: GrowRoom): Promise<number> {
    const { rh } = await recipeStore.setpoint(room.species, room.phase);
    return rh;
  }

  private async band(room: GrowRoom): Promise<number> {
    const { bandPct } = await recipeStore.setpoint(room.species, room.phase);
    return bandPct;
  }

  async evaluate(room: GrowRoom, reading: RhReading): Promise<'ok' | 'excursion'> {
    const setpoint = this.targetRh(room);
    const deviation = reading.rh - (await setpoint);
    const band = await this.band(room);

    if (Math.abs(deviation) <= band) {
      this.excursions.delete(room.id);
      return 'ok';
    }

    const count = (this.excursions.get(room.id) ?? 0) + 1;
    this.excursions.set(room.id, count);
    await foggers.adjust(room.id, Math.round(-deviation * 2));

    const severity = count >= 3 || reading.co2Ppm > CO2_LIMIT_PPM ? 'critical' : 'warning';
    await alerts.send({
      roomId: room.id,
      severity,
      message: `Room ${room.id} (${room.species}, ${room.phase}) at ${reading.rh.toFixed(1)}% RH, setpoint ${setpoint}% ±${band}%, excursion #${count}`,
    });
    return 'excursion';
  }

  roomsInExcursion(): string[] {
    return [...this.excursions.entries()].filter(([, n]) => n > 0).map(([id]) => id);
  }
}

export function vapourPressureDeficitKpa(tempC: number, rh: number): number {
  const svp = 0.6108 * Math.exp((17.27 * tempC) / (tempC + 237.3));
  return svp * (1 - rh / 100);
}
