// expect: require-signal-propagation
// The connector waits for the 'ready' event with events.once but does not pass opts.signal, so an aborted startup keeps waiting for an event that may never come.

import { EventEmitter, once } from "node:events";

export interface ConnectOptions {
  host: string;
  port: number;
  signal: AbortSignal;
}

declare class BrokerConnection extends EventEmitter {
  constructor(host: string, port: number);
  open(): void;
  close(): void;
}

export async function connectBroker(opts: ConnectOptions): Promise<BrokerConnection> {
  opts.signal.throwIfAborted();
  const conn = new BrokerConnection(opts.host, opts.port);
  conn.open();
  try {
    await once(conn, "ready");
  } catch (err) {
    conn.close();
    throw err;
  }
  return conn;
}
