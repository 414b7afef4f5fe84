/**
 * Flags for Debian's Chromium on these machines, run as root with no network but the
 * loopback: without the background-networking ones it keeps trying Google's hosts.
 * Shared by the e2e tests and the bench.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
