// expect: no-uncalled-async-function
// The suite's afterEach does `await clinic.close` without calling it, so the HTTP server started in beforeEach is never closed, ports and sockets pile up across tests and node --test hangs at the end of the run.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface Patient {
  id: string;
  name: string;
  species: string;
  weightKg: number;
}

class ClinicServer {
  private server: Server | null = null;
  private readonly patients = new Map<string, Patient>();

  admit(p: Patient): void {
    this.patients.set(p.id, p);
  }

  async listen(): Promise<string> {
    const server = createServer((req, res) => {
      const m = /^\/patients\/([\w-]+)$/.exec(req.url ?? '');
      const patient = m ? this.patients.get(m[1]) : undefined;
      if (!patient) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"unknown patient"}');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(patient));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    const { port } = server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
  }
}

describe('ClinicServer', () => {
  let clinic: ClinicServer;
  let baseUrl: string;

  beforeEach(async () => {
    clinic = new ClinicServer();
    clinic.admit({ id: 'lion-04', name: 'Sultan', species: 'Panthera leo', weightKg: 188 });
    baseUrl = await clinic.listen();
  });

  afterEach(async () => {
    await clinic.close;
  });

  it('serves a patient record', async () => {
    const res = await fetch(`${baseUrl}/patients/lion-04`);
    assert.equal(res.status, 200);
    const body = (await res.json()) as Patient;
    assert.equal(body.name, 'Sultan');
    assert.equal(body.species, 'Panthera leo');
  });

  it('answers 404 for an unknown patient', async () => {
    const res = await fetch(`${baseUrl}/patients/seal-99`);
    assert.equal(res.status, 404);
    assert.deepEqual(await res.json(), { error: 'unknown patient' });
  });

  it('sees patients admitted after start-up', async () => {
    clinic.admit({ id: 'horse-12', name: 'Comet', species: 'Equus caballus', weightKg: 520 });
    const res = await fetch(`${baseUrl}/patients/horse-12`);
    assert.equal(((await res.json()) as Patient).weightKg, 520);
  });
});
