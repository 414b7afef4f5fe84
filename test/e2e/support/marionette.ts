import { connect, createServer, type Socket } from 'node:net';

// A minimal client of Firefox's Marionette protocol (length-prefixed JSON over TCP), for the one
// thing WebDriver BiDi cannot do in Firefox ESR 140 (Debian's): install the add-on with access to
// private windows. BiDi's webExtension.install takes "moz:allowPrivateBrowsing" only from a later
// Firefox; Marionette's Addon:Install has taken allowPrivateBrowsing for longer. Firefox serves
// both at once when launched with --marionette (as geckodriver runs it).

/** A free TCP port on this machine, for marionette.port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

class MarionetteConnection {
  private buffer = '';
  private waiting: Array<(message: unknown) => void> = [];
  private id = 0;

  constructor(private readonly socket: Socket) {
    // Not what keeps the test process alive: it ends with Firefox.
    socket.unref();
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      for (;;) {
        const colon = this.buffer.indexOf(':');
        if (colon < 0) return;
        const length = Number(this.buffer.slice(0, colon));
        // (Lengths count bytes; the messages here are ASCII.)
        if (this.buffer.length < colon + 1 + length) return;
        const body = this.buffer.slice(colon + 1, colon + 1 + length);
        this.buffer = this.buffer.slice(colon + 1 + length);
        this.waiting.shift()?.(JSON.parse(body));
      }
    });
  }

  next(): Promise<unknown> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Sends a command and returns its result; throws the error Marionette answers with. */
  async command(name: string, parameters: object): Promise<unknown> {
    const reply = this.next();
    const body = JSON.stringify([0, ++this.id, name, parameters]);
    this.socket.write(`${Buffer.byteLength(body)}:${body}`);
    const [, , error, result] = (await reply) as [number, number, { error: string; message: string } | null, unknown];
    if (error) throw new Error(`Marionette ${name}: ${error.error}: ${error.message}`);
    return result;
  }
}

/** Connects to Marionette on `port` (retrying while Firefox starts) and reads its greeting. */
async function open(port: number, timeoutMs = 20_000): Promise<MarionetteConnection> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const socket = await new Promise<Socket>((resolve, reject) => {
        const s = connect(port, '127.0.0.1', () => resolve(s));
        s.once('error', reject);
      });
      const connection = new MarionetteConnection(socket);
      await connection.next();
      return connection;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/**
 * Installs the unpacked add-on at `path` as a temporary add-on allowed in private windows
 * (reloading it if installed). The WebDriver BiDi session Puppeteer opened is Marionette's too
 * (one session per Firefox): no new one is made, and the connection stays open for as long as
 * Firefox runs, since Marionette ends the session when its client goes away.
 */
export async function installAllowedInPrivate(port: number, path: string): Promise<void> {
  const marionette = await open(port);
  await marionette.command('Addon:Install', { path, temporary: true, allowPrivateBrowsing: true });
}
