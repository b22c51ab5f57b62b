// expect: none
// The three requests are started together but combined with Promise.all, which attaches a handler to each of them immediately.
declare class MetricsClient {
  constructor(baseUrl: string);
  cpu(host: string): Promise<number[]>;
  memory(host: string): Promise<number[]>;
  alerts(host: string): Promise<string[]>;
}

export interface HostSummary {
  host: string;
  avgCpu: number;
  peakMemory: number;
  openAlerts: number;
}

const client = new MetricsClient("https://metrics.internal");

function average(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

export async function summarizeHost(host: string): Promise<HostSummary> {
  const cpuP = client.cpu(host);
  const memP = client.memory(host);
  const alertsP = client.alerts(host);

  const [cpu, memory, alerts] = await Promise.all([cpuP, memP, alertsP]);

  return {
    host,
    avgCpu: average(cpu),
    peakMemory: Math.max(0, ...memory),
    openAlerts: alerts.length,
  };
}
