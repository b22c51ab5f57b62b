// expect: none
// Every value interpolated into the status text or JSON comes out of an awaited Promise.all, including the ?? fallback, so no promise is used as a value.
export interface TurbineState {
  turbineId: string;
  mode: "producing" | "idle" | "curtailed" | "fault" | "maintenance";
  powerKw: number;
  windMs: number;
}

export interface GridInstruction {
  setpointMw: number | null;
  issuedAt: string;
}

declare const parkScada: {
  turbineStates(parkId: string): Promise<TurbineState[]>;
  exportMeterMw(parkId: string): Promise<number>;
};

declare const gridOperator: {
  currentInstruction(parkId: string): Promise<GridInstruction | null>;
};

declare const forecastApi: {
  nextHourMw(parkId: string): Promise<number | undefined>;
};

declare const statusPage: {
  publish(parkId: string, html: string, json: string): Promise<void>;
};

function countBy<T extends string>(values: T[]): Record<string, number> {
  return values.reduce<Record<string, number>>((acc, v) => {
    acc[v] = (acc[v] ?? 0) + 1;
    return acc;
  }, {});
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
}

export async function renderStatus(parkId: string, parkName: string): Promise<void> {
  const [states, exportMw, instruction, forecastMw] = await Promise.all([
    parkScada.turbineStates(parkId),
    parkScada.exportMeterMw(parkId),
    gridOperator.currentInstruction(parkId),
    forecastApi.nextHourMw(parkId),
  ]);

  const byMode = countBy(states.map((s) => s.mode));
  const available = states.filter((s) => s.mode !== "fault" && s.mode !== "maintenance").length;
  const meanWind = states.length > 0 ? states.reduce((sum, s) => sum + s.windMs, 0) / states.length : 0;
  const setpoint = instruction?.setpointMw ?? null;
  const forecast = forecastMw ?? exportMw;

  const headline =
    setpoint !== null && exportMw >= setpoint - 0.5
      ? `${parkName} is curtailed to ${setpoint.toFixed(1)} MW by the grid operator`
      : `${parkName} is exporting ${exportMw.toFixed(1)} MW`;

  const html = [
    `<h1>${escapeHtml(headline)}</h1>`,
    `<p>${available} of ${states.length} turbines available; mean wind ${meanWind.toFixed(1)} m/s</p>`,
    `<p>Next hour forecast: ${forecast.toFixed(1)} MW</p>`,
    `<ul>${Object.entries(byMode)
      .map(([mode, n]) => `<li>${escapeHtml(mode)}: ${n}</li>`)
      .join("")}</ul>`,
  ].join("\n");

  const json = JSON.stringify({
    parkId,
    exportMw,
    setpointMw: setpoint,
    forecastMw: forecast,
    available,
    total: states.length,
    byMode,
    updatedAt: new Date().toISOString(),
  });

  await statusPage.publish(parkId, html, json);
}
