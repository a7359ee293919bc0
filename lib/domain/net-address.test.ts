import { describe, expect, it } from 'vitest';
import { classifyAddress, isPublicAddress, robotsForAudit, secretForAudit, webhookForAudit, webhookUrlProblem } from './net-address';

describe('address classes', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link_local'],
    ['100.64.0.1', 'cgnat'],
    ['100.127.255.1', 'cgnat'],
    ['100.128.0.1', 'public'],
    ['224.0.0.1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['8.8.8.8', 'public'],
    ['101.226.129.1', 'public'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['::', 'unspecified'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.169.254', 'link_local'],
    ['64:ff9b::7f00:1', 'loopback'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['fe80::1', 'link_local'],
    ['fe80::1%eth0', 'link_local'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'reserved'],
    ['2400:3200::1', 'public'],
    ['::127.0.0.1', 'loopback'],
  ] as const)('%s is %s', (ip, cls) => expect(classifyAddress(ip)).toBe(cls));
  it('a name is not an address', () => expect(classifyAddress('qyapi.weixin.qq.com')).toBeNull());
});

describe('webhook URLs as written', () => {
  it.each([
    ['https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc', null],
    ['https://oapi.dingtalk.com/robot/send?access_token=x', null],
    ['http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc', 'scheme'],
    ['ftp://example.com/', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['not a url', 'not_url'],
    ['https://user:pw@qyapi.weixin.qq.com/', 'credentials'],
    // the probe's internal targets, in every spelling
    ['https://127.0.0.1/', 'internal_address'],
    ['https://0x7f000001/', 'internal_address'],
    ['https://127.1/', 'internal_address'],
    ['https://2130706433/', 'internal_address'],
    ['https://0177.0.0.1/', 'internal_address'],
    ['https://localhost/healthz', 'internal_host'],
    ['https://LOCALHOST./', 'internal_host'],
    ['https://app.localhost/', 'internal_host'],
    ['https://169.254.169.254/latest/meta-data/', 'internal_address'],
    ['https://[::1]/', 'internal_address'],
    ['https://[::ffff:127.0.0.1]/', 'internal_address'],
    ['https://[fd00::1]/', 'internal_address'],
    ['https://10.0.0.8/', 'internal_address'],
    ['https://100.64.1.1/', 'internal_address'],
    ['https://0.0.0.0/', 'internal_address'],
    ['https://printer.local/', 'internal_host'],
    ['https://svc.internal/', 'internal_host'],
  ] as const)('%s → %s', (url, problem) => expect(webhookUrlProblem(url)).toBe(problem));
  it('plain http and internal addresses only to hosts the operator listed', () => {
    expect(webhookUrlProblem('http://10.8.0.5:8080/relay', ['10.8.0.5'])).toBeNull();
    expect(webhookUrlProblem('https://relay.gov.internal/x', ['relay.gov.internal'])).toBeNull();
    expect(webhookUrlProblem('http://10.8.0.6/relay', ['10.8.0.5'])).toBe('scheme');
    expect(webhookUrlProblem('https://10.8.0.6/relay', ['10.8.0.5'])).toBe('internal_address');
  });
});

describe('the edges of each range', () => {
  it.each([
    ['9.255.255.255', 'public'],
    ['11.0.0.0', 'public'],
    ['172.15.255.255', 'public'],
    ['172.16.0.0', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.0', 'public'],
    ['192.167.0.1', 'public'],
    ['193.168.0.1', 'public'],
    ['192.168.0.1', 'private'],
    ['169.253.0.1', 'public'],
    ['169.255.0.1', 'public'],
    ['170.254.0.1', 'public'],
    ['100.63.255.255', 'public'],
    ['100.64.0.0', 'cgnat'],
    ['100.127.255.255', 'cgnat'],
    ['100.128.0.0', 'public'],
    ['101.64.0.1', 'public'],
    ['223.255.255.255', 'public'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.255', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['192.0.0.8', 'reserved'],
    ['192.0.1.1', 'public'],
    ['192.1.0.1', 'public'],
    ['193.0.0.1', 'public'],
    ['198.17.0.1', 'public'],
    ['198.18.0.1', 'reserved'],
    ['198.19.255.255', 'reserved'],
    ['198.20.0.1', 'public'],
    ['199.18.0.1', 'public'],
    ['128.0.0.1', 'public'],
  ])('%s is %s', (ip, cls) => expect(classifyAddress(ip)).toBe(cls));

  it.each([
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['::2', 'unspecified'], // IPv4-compatible 0.0.0.2
    ['1::1', 'public'],
    ['::1:1', 'unspecified'], // IPv4-compatible 0.1.0.1
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['FE80::1', 'link_local'],
    ['fe80::1%eth0', 'link_local'],
    ['::FFFF:7F00:1', 'loopback'],
    ['::ffff:8.8.8.8', 'public'],
    ['::ffff:192.168.1.1', 'private'],
    ['::ffff:10.0.0.1', 'private'],
    ['::fffe:a00:1', 'public'], // not a mapped address
    ['1::ffff:a00:1', 'public'],
    ['::10.0.0.1', 'private'], // IPv4-compatible
    ['64:ff9b::a00:1', 'private'], // NAT64 of 10.0.0.1
    ['64:ff9b::808:808', 'public'],
    ['64:ff9b:1::a00:1', 'public'], // not the well-known prefix
    ['65:ff9b::a00:1', 'public'],
    ['64:ff9c::a00:1', 'public'],
    ['2001:db8::1', 'reserved'],
    ['2001:db9::1', 'public'],
    ['2002:db8::1', 'public'],
    ['2409:8c54::1', 'public'],
    ['2409:8c54:0:0:0:0:0:1', 'public'],
    ['[::1]', 'loopback'],
  ])('%s is %s', (ip, cls) => expect(classifyAddress(ip)).toBe(cls));

  it('isPublicAddress is the public class only', () => {
    expect(['8.8.8.8', '10.0.0.1', '::1', '2409:8c54::1', 'not an address'].map(isPublicAddress)).toEqual([true, false, false, true, false]);
  });

  it('webhook URLs: brackets, a trailing dot, case and spaces in the list do not hide a host', () => {
    expect(webhookUrlProblem('https://[::1]/hook')).toBe('internal_address');
    expect(webhookUrlProblem('https://LOCALHOST./hook')).toBe('internal_host');
    expect(webhookUrlProblem('https://relay.example.cn./hook', [' Relay.Example.CN '])).toBeNull();
    expect(webhookUrlProblem('http://relay.example.cn/hook', ['', 'relay.example.cn'])).toBeNull();
    expect(webhookUrlProblem('http://relay.example.cn/hook', ['other.example.cn'])).toBe('scheme');
    expect(webhookUrlProblem('http://relay.example.cn/hook')).toBe('scheme');
    expect(webhookUrlProblem('ftp://relay.example.cn/hook', ['relay.example.cn'])).toBe('scheme');
    expect(webhookUrlProblem('https://user@qyapi.weixin.qq.com/hook')).toBe('credentials');
    expect(webhookUrlProblem('https://:secret@qyapi.weixin.qq.com/hook')).toBe('credentials');
    expect(webhookUrlProblem('https://user:pw@relay.example.cn/hook', ['relay.example.cn'])).toBe('credentials');
    expect(webhookUrlProblem('https://10.0.0.5/hook', ['10.0.0.5'])).toBeNull();
    expect(webhookUrlProblem('https://printer.lan/hook')).toBe('internal_host');
    expect(webhookUrlProblem('https://lan.example.cn/hook')).toBeNull();
    expect(webhookUrlProblem('https://mylocalhost/hook')).toBeNull();
    expect(webhookUrlProblem('https://localhost.example.cn/hook')).toBeNull();
    expect(webhookUrlProblem('https://ip6-loopback/hook')).toBe('internal_host');
    expect(webhookUrlProblem('https://8.8.8.8/hook')).toBeNull();
  });
});

describe('a webhook address as the audit keeps it', () => {
  it('keeps the host and path, and of each credential in the query its last four characters', () => {
    expect(webhookForAudit('https://oapi.dingtalk.com/robot/send?access_token=0a1b2c3d4e5f60718293a4b5c6d7e8f9')).toBe(
      'https://oapi.dingtalk.com/robot/send?access_token=…e8f9',
    );
    expect(webhookForAudit('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa')).toBe(
      'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…5aaa',
    );
    // A short value says nothing of its end: not even that.
    expect(webhookForAudit('https://oapi.dingtalk.com/robot/send?access_token=abc&x=12345678')).toBe('https://oapi.dingtalk.com/robot/send?access_token=…&x=…');
    expect(webhookForAudit('https://robot.example.cn/hook')).toBe('https://robot.example.cn/hook');
    expect(webhookForAudit(null)).toBeNull();
    expect(webhookForAudit('')).toBe('');
    expect(webhookForAudit('not a url token=0a1b2c3d4e5f')).toBe('…');
  });
});

describe('a unit’s robots as the audit keeps them', () => {
  it('keeps of the signing secret that it is set and its last four characters, of each webhook its host and path', () => {
    expect(secretForAudit('SEC0123456789abcdef0123456789abcdef0123456789abcdef0123456789ab')).toBe('SEC…89ab');
    expect(secretForAudit(null)).toBeNull();
    expect(secretForAudit('')).toBeNull();
    expect(
      robotsForAudit({
        name: '区残联',
        wecomWebhook: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa',
        dingtalkWebhook: null,
        dingtalkSecret: 'SECfedcba9876543210',
      }),
    ).toEqual({
      name: '区残联',
      wecomWebhook: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…5aaa',
      dingtalkWebhook: null,
      dingtalkSecret: 'SEC…3210',
    });
  });
});
