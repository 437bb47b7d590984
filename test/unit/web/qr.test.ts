import { describe, expect, it } from 'vitest';
import { lanAddress } from '../../../electron/web/lanAddress';
import { qrPayload, qrSvg } from '../../../electron/web/qr';
import { projectorUrl } from '../../../shared/projectorLink';

describe('the room’s URL and its QR code', () => {
  it('the URL opens the projector view of the workshop with the room token', () => {
    expect(projectorUrl('http://192.168.1.20:51234', 'room+tok/en', '研讨会 1')).toBe(
      'http://192.168.1.20:51234/?token=room%2Btok%2Fen#/present/%E7%A0%94%E8%AE%A8%E4%BC%9A%201',
    );
  });

  it('the QR code carries exactly that URL, and nothing else', async () => {
    const url = projectorUrl('http://10.0.0.7:40000', 'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2Rl', 'f3a1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d');
    expect(qrPayload(url)).toBe(url);
    const svg = await qrSvg(url);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('<path');
    // A different URL draws a different code.
    expect(await qrSvg(`${url}x`)).not.toBe(svg);
  });
});

describe('the LAN address to share on', () => {
  const nic = (address: string, internal = false) => ({ address, family: 'IPv4' as const, internal, netmask: '255.255.255.0', mac: '00:00:00:00:00:00', cidr: null });
  it('is a private IPv4 address, never loopback or link-local', () => {
    expect(lanAddress({ lo: [nic('127.0.0.1', true)], eth0: [nic('169.254.3.4'), nic('203.0.113.9')], wlan0: [nic('192.168.31.20')] })).toBe('192.168.31.20');
    expect(lanAddress({ en0: [nic('172.20.1.5')] })).toBe('172.20.1.5');
    expect(lanAddress({ en0: [nic('203.0.113.9')] })).toBe('203.0.113.9');
  });
  it('is null on a laptop without a network', () => {
    expect(lanAddress({ lo: [nic('127.0.0.1', true)] })).toBeNull();
    expect(lanAddress({})).toBeNull();
  });
});
