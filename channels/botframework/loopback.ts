/**
 * The loopback guard for the anonymous (embedded) mode. Without an app id the SDK checks no
 * token and would post replies to any `serviceUrl` a caller names, so in that mode only this
 * machine may call us, and we only ever answer to this machine.
 */

/** 127.0.0.0/8, ::1, and IPv4 loopback as an IPv6-mapped address. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  const ip = address.toLowerCase().replace(/^::ffff:/u, '');
  return ip === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/u.test(ip);
}

/**
 * A request came from this machine: a loopback socket and no forwarding headers. A proxy or a
 * dev tunnel (the usual way to reach a local bot from Teams) connects from loopback too, but it
 * adds these headers, and what it forwards comes from the internet.
 */
export function isLoopbackRequest(
  remoteAddress: string | undefined,
  headers: Readonly<Record<string, string | string[] | undefined>>,
): boolean {
  const forwarded = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip'].some(
    (name) => headers[name] !== undefined,
  );
  return !forwarded && isLoopbackAddress(remoteAddress);
}

/** An http(s) URL whose host is this machine. */
export function isLoopbackServiceUrl(serviceUrl: unknown): boolean {
  if (typeof serviceUrl !== 'string') return false;
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const host = url.hostname.toLowerCase();
  return host === 'localhost' || host === '[::1]' || isLoopbackAddress(host);
}
