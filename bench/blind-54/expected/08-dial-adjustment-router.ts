// expect: none
// handlerFor() deliberately returns the async handler functions themselves; the caller invokes the one it gets and awaits its result.
export type AdjustmentKind = "gnomon-angle" | "noon-mark" | "longitude" | "equation-of-time";

export interface Sundial {
  id: string;
  latitudeDeg: number;
  longitudeDeg: number;
  gnomonAngleDeg: number;
  noonMarkOffsetMin: number;
}

export interface AdjustmentResult {
  dialId: string;
  kind: AdjustmentKind;
  correction: number;
  unit: "deg" | "min";
}

type AdjustmentHandler = (dial: Sundial, observedMin: number) => Promise<AdjustmentResult>;

declare const ephemeris: {
  solarNoonUtc(longitudeDeg: number, date: Date): Promise<Date>;
  equationOfTimeMin(date: Date): Promise<number>;
};
declare const fieldNotes: { append(dialId: string, note: string): Promise<void> };

export class AdjustmentRouter {
  private readonly gnomonAngle: AdjustmentHandler = async (dial) => {
    const correction = dial.latitudeDeg - dial.gnomonAngleDeg;
    await fieldNotes.append(dial.id, `gnomon off by ${correction.toFixed(2)} deg`);
    return { dialId: dial.id, kind: "gnomon-angle", correction, unit: "deg" };
  };

  private readonly noonMark: AdjustmentHandler = async (dial, observedMin) => {
    const noon = await ephemeris.solarNoonUtc(dial.longitudeDeg, new Date());
    const expectedMin = noon.getUTCHours() * 60 + noon.getUTCMinutes();
    const correction = expectedMin - observedMin - dial.noonMarkOffsetMin;
    return { dialId: dial.id, kind: "noon-mark", correction, unit: "min" };
  };

  private readonly longitude: AdjustmentHandler = async (dial) => {
    const zoneMeridian = Math.round(dial.longitudeDeg / 15) * 15;
    const correction = (zoneMeridian - dial.longitudeDeg) * 4;
    return { dialId: dial.id, kind: "longitude", correction, unit: "min" };
  };

  private readonly equationOfTime: AdjustmentHandler = async (dial) => {
    const correction = await ephemeris.equationOfTimeMin(new Date());
    return { dialId: dial.id, kind: "equation-of-time", correction, unit: "min" };
  };

  handlerFor(kind: AdjustmentKind): AdjustmentHandler {
    switch (kind) {
      case "gnomon-angle":
        return this.gnomonAngle;
      case "noon-mark":
        return this.noonMark;
      case "longitude":
        return this.longitude;
      case "equation-of-time":
        return this.equationOfTime;
    }
  }

  async calibrate(dial: Sundial, kinds: AdjustmentKind[], observedMin: number): Promise<AdjustmentResult[]> {
    const results: AdjustmentResult[] = [];
    for (const kind of kinds) {
      const handler = this.handlerFor(kind);
      results.push(await handler(dial, observedMin));
    }
    return results;
  }
}
