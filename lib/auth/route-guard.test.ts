import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from './policy';
import { m } from '@/lib/i18n/messages';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('./session', () => ({ getSession: async () => session.actor }));
const { routeCaller, textResponse } = await import('./route-guard');

const office: Actor = { id: 1, role: 'SUPERVISOR', unitId: null, displayName: '区督查室', username: 'duchashi' };
const unit: Actor = { id: 2, role: 'UNIT', unitId: 3, displayName: '区民政局', username: 'mzj' };

async function refusal(r: Awaited<ReturnType<typeof routeCaller>>) {
  if (!('refusal' in r)) throw new Error('expected a refusal');
  return { status: r.refusal.status, type: r.refusal.headers.get('content-type'), body: await r.refusal.text() };
}

describe('routeCaller (file routes)', () => {
  beforeEach(() => void (session.actor = null));

  it('signed out: 401 with 请先登录, as plain UTF-8 text', async () => {
    expect(await refusal(await routeCaller('view_audit'))).toEqual({ status: 401, type: 'text/plain; charset=utf-8', body: m.signInFirst });
  });
  it('signed in without the right: 403 with the refusal', async () => {
    session.actor = unit;
    expect(await refusal(await routeCaller('view_audit'))).toEqual({ status: 403, type: 'text/plain; charset=utf-8', body: m.forbidden });
  });
  it('with the right: the caller', async () => {
    session.actor = office;
    expect(await routeCaller('view_audit')).toEqual({ actor: office });
  });
});

describe('textResponse', () => {
  it('sends the text and status it is given', async () => {
    const r = textResponse('未找到该记录', 404);
    expect([r.status, r.headers.get('content-type'), await r.text()]).toEqual([404, 'text/plain; charset=utf-8', '未找到该记录']);
  });
});
