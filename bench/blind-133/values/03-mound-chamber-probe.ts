// expect: no-read-before-settle
// sampleHumidity returns this.lastHumidity straight after starting the bus read, before the callback that updates it has run, so callers get the previous sample (or NaN).
export interface SensorBus {
  read(address: number, register: number, length: number, cb: (err: Error | null, data?: Buffer) => void): void;
}

const HUMIDITY_REGISTER = 0x02;
const TEMPERATURE_REGISTER = 0x03;
const CO2_REGISTER = 0x05;

export interface ChamberSnapshot {
  chamber: string;
  humidityPct: number;
  celsius: number;
  co2ppm: number;
}

export class MoundChamberProbe {
  private lastHumidity = Number.NaN;
  private busErrors = 0;

  constructor(
    private readonly bus: SensorBus,
    private readonly chamber: string,
    private readonly address: number,
  ) {}

  get errorCount(): number {
    return this.busErrors;
  }

  sampleHumidity(): number {
    this.bus.read(this.address, HUMIDITY_REGISTER, 2, (err, data) => {
      if (err || !data) {
        this.busErrors++;
        return;
      }
      this.lastHumidity = data.readUInt16BE(0) / 100;
    });
    return this.lastHumidity;
  }

  readRegister(register: number, length: number): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.bus.read(this.address, register, length, (err, data) => {
        if (err) {
          this.busErrors++;
          reject(err);
        } else if (!data || data.length < length) {
          reject(new Error(`short read from register 0x${register.toString(16)}`));
        } else {
          resolve(data);
        }
      });
    });
  }

  async snapshot(): Promise<ChamberSnapshot> {
    const humidityPct = this.sampleHumidity();
    const temp = await this.readRegister(TEMPERATURE_REGISTER, 2);
    const co2 = await this.readRegister(CO2_REGISTER, 4);
    return {
      chamber: this.chamber,
      humidityPct,
      celsius: temp.readInt16BE(0) / 100,
      co2ppm: co2.readUInt32BE(0),
    };
  }
}
