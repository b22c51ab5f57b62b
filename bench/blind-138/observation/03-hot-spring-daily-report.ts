// expect: none
// The chemistry and temperature requests are started together and immediately handed to Promise.all, so a rejection from either is observed.
export interface ChemistryPanel {
  springId: string;
  ph: number;
  sulfideMgL: number;
  legionellaCfu: number;
  chlorideMgL: number;
}

export interface TemperatureLog {
  springId: string;
  readings: Array<{ at: Date; celsius: number }>;
}

export interface LabClient {
  fetchChemistry(springId: string, day: string): Promise<ChemistryPanel>;
}

export interface LoggerClient {
  fetchTemperatures(springId: string, day: string): Promise<TemperatureLog>;
}

export interface DailyReport {
  springId: string;
  day: string;
  status: 'open' | 'restricted' | 'closed';
  maxC: number;
  minC: number;
  notes: string[];
}

export class SpringReporter {
  constructor(private readonly lab: LabClient, private readonly loggers: LoggerClient) {}

  async daily(springId: string, day: string): Promise<DailyReport> {
    const chemistryPending = this.lab.fetchChemistry(springId, day);
    const temperaturesPending = this.loggers.fetchTemperatures(springId, day);
    const [chemistry, temperatures] = await Promise.all([chemistryPending, temperaturesPending]);

    const celsius = temperatures.readings.map((r) => r.celsius);
    const maxC = Math.max(...celsius);
    const minC = Math.min(...celsius);
    const notes: string[] = [];
    let status: DailyReport['status'] = 'open';

    if (chemistry.legionellaCfu >= 100) {
      status = 'closed';
      notes.push(`Legionella ${chemistry.legionellaCfu} CFU/100mL exceeds the limit`);
    } else if (chemistry.legionellaCfu >= 10) {
      status = 'restricted';
      notes.push('Legionella detected; drain and disinfect tonight');
    }
    if (maxC > 42) {
      if (status === 'open') status = 'restricted';
      notes.push(`Peak temperature ${maxC.toFixed(1)}°C; post heat warning`);
    }
    if (chemistry.ph < 5.8 || chemistry.ph > 8.6) {
      notes.push(`pH ${chemistry.ph} outside bathing range`);
    }

    return { springId, day, status, maxC, minC, notes };
  }

  async allSprings(springIds: string[], day: string): Promise<DailyReport[]> {
    return Promise.all(springIds.map((id) => this.daily(id, day)));
  }
}
