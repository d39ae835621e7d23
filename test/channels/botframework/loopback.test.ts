import {
  isLoopbackAddress,
  isLoopbackRequest,
  isLoopbackServiceUrl,
} from '../../../channels/botframework/index.ts';

describe('isLoopbackAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.5', false],
    ['192.168.1.2', false],
    ['::ffff:10.0.0.5', false],
    ['fe80::1', false],
    ['128.0.0.1', false],
    [undefined, false],
  ])('%s → %s', (address, expected) => {
    expect(isLoopbackAddress(address)).toBe(expected);
  });
});

describe('isLoopbackRequest', () => {
  it.each([
    ['a loopback socket without proxy headers', '127.0.0.1', {}, true],
    ['a remote socket', '203.0.113.9', {}, false],
    ['no socket address', undefined, {}, false],
    [
      'a tunnel or proxy on this machine (X-Forwarded-For)',
      '127.0.0.1',
      { 'x-forwarded-for': '203.0.113.9' },
      false,
    ],
    ['even one forwarding for loopback', '::1', { 'x-forwarded-for': '127.0.0.1' }, false],
    ['a Forwarded header', '127.0.0.1', { forwarded: 'for=203.0.113.9' }, false],
    ['X-Real-IP', '127.0.0.1', { 'x-real-ip': '203.0.113.9' }, false],
  ])('%s', (_name, remote, headers, expected) => {
    expect(isLoopbackRequest(remote, headers)).toBe(expected);
  });
});

describe('isLoopbackServiceUrl', () => {
  it.each([
    ['http://127.0.0.1:3978/', true],
    ['http://localhost:56000', true],
    ['https://[::1]:8443/v3/', true],
    ['http://127.1/', true],
    ['https://smba.trafficmanager.net/teams/', false],
    ['http://127.0.0.1.evil.example/', false],
    ['http://127.0.0.1@evil.example/', false],
    ['http://localhost.evil.example/', false],
    ['ftp://127.0.0.1/', false],
    ['not a url', false],
    [42, false],
    [undefined, false],
  ])('%s → %s', (url, expected) => {
    expect(isLoopbackServiceUrl(url)).toBe(expected);
  });
});
