// expect: no-read-before-settle
// `status` is assigned in the http.get response callback, which runs later, but it is checked on the next line, so every upstream is reported as down.

import { get } from 'node:http';

export interface HealthReport {
  url: string;
  healthy: boolean;
  status: number;
}

export function checkUpstream(url: string): HealthReport {
  let status = 0;

  const req = get(url, { timeout: 2000 }, (res) => {
    status = res.statusCode ?? 0;
    res.resume();
  });
  req.on('timeout', () => req.destroy(new Error('timeout')));
  req.on('error', (err) => {
    console.error(`health check ${url} failed: ${err.message}`);
  });

  const healthy = status >= 200 && status < 300;
  return { url, healthy, status };
}
