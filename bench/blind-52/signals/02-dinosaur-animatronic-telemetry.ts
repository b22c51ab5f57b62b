// expect: none
// The request signal is combined with a timeout via AbortSignal.any and reaches fetch through an init object built by a helper.
export interface ServoHealth {
  channel: number;
  currentMa: number;
  tempC: number;
  strokeCount: number;
}

export interface ExhibitHealth {
  exhibit: string;
  servos: ServoHealth[];
  hydraulicBar: number;
}

declare const museumConfig: {
  controllerBaseUrl: string;
  apiToken: string;
  requestTimeoutMs: number;
};

declare const maintenanceQueue: {
  open(exhibit: string, reason: string, options: { signal: AbortSignal }): Promise<string>;
};

const OVERCURRENT_MA = 2400;
const HOT_SERVO_C = 68;
const MIN_HYDRAULIC_BAR = 95;

function buildInit(signal: AbortSignal, timeoutMs: number): RequestInit {
  return {
    method: 'GET',
    headers: { authorization: `Bearer ${museumConfig.apiToken}`, accept: 'application/json' },
    signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
  };
}

async function fetchHealth(exhibit: string, signal: AbortSignal): Promise<ExhibitHealth> {
  const url = new URL(`/exhibits/${encodeURIComponent(exhibit)}/health`, museumConfig.controllerBaseUrl);
  const init = buildInit(signal, museumConfig.requestTimeoutMs);
  const res = await fetch(url, init);
  if (!res.ok) {
    throw new Error(`${exhibit}: controller returned ${res.status}`);
  }
  return (await res.json()) as ExhibitHealth;
}

function problems(health: ExhibitHealth): string[] {
  const found: string[] = [];
  for (const servo of health.servos) {
    if (servo.currentMa > OVERCURRENT_MA) {
      found.push(`ch${servo.channel} overcurrent ${servo.currentMa}mA`);
    }
    if (servo.tempC > HOT_SERVO_C) {
      found.push(`ch${servo.channel} hot ${servo.tempC}°C`);
    }
  }
  if (health.hydraulicBar < MIN_HYDRAULIC_BAR) {
    found.push(`hydraulics low ${health.hydraulicBar} bar`);
  }
  return found;
}

export async function morningInspection(
  exhibits: readonly string[],
  options: { signal: AbortSignal },
): Promise<Map<string, string>> {
  const tickets = new Map<string, string>();
  for (const exhibit of exhibits) {
    options.signal.throwIfAborted();
    const health = await fetchHealth(exhibit, options.signal);
    const issues = problems(health);
    if (issues.length > 0) {
      const ticket = await maintenanceQueue.open(exhibit, issues.join(', '), options);
      tickets.set(exhibit, ticket);
    }
  }
  return tickets;
}

export function busiestServo(health: ExhibitHealth): ServoHealth | undefined {
  return health.servos.reduce<ServoHealth | undefined>(
    (top, s) => (!top || s.strokeCount > top.strokeCount ? s : top),
    undefined,
  );
}
