import { describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT, postProblem } from './request-guard';

const post = (headers: Record<string, string>, url = '/tasks/1/update') => postProblem({ method: 'POST', url, headers });

describe('posts the app cannot take', () => {
  it('larger than the action limit: 413 with a message; the upload route answers for itself; GET is never judged', () => {
    expect(post({ 'content-length': String(ACTION_BODY_LIMIT + 65 * 1024) })).toEqual({ status: 413, message: expect.stringContaining('过大') });
    expect(post({ 'content-length': String(ACTION_BODY_LIMIT) })).toBeNull();
    expect(post({ 'content-length': String(ACTION_BODY_LIMIT * 3) }, '/plan/import/upload?x=1')).toBeNull();
    expect(postProblem({ method: 'GET', url: '/', headers: { 'content-length': String(ACTION_BODY_LIMIT * 3) } })).toBeNull();
  });
  it('an action id that is not one: 400; a real-looking id passes on to Next', () => {
    for (const id of ['', 'x', '../../etc', '00'.repeat(100), '<script>'])
      expect(post({ 'next-action': id }), id).toEqual({ status: 400, message: expect.stringContaining('无效') });
    expect(post({ 'next-action': '004c09083cd5ec46664a2b05c61c8db4c6e3efadda' })).toBeNull();
    expect(post({})).toBeNull();
  });
});
