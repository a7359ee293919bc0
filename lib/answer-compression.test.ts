import { describe, expect, it } from 'vitest';
import { actionResultOnly } from './answer-compression';

const action = { method: 'POST', headers: { 'next-action': '40ab', accept: 'text/x-component', 'accept-encoding': 'gzip, br' } };

describe('actionResultOnly', () => {
  it("is an action call's answer that neither revalidated nor redirected", () => {
    expect(actionResultOnly(action, { 'content-type': 'text/x-component' })).toBe(true);
  });

  it('is not an answer carrying a page: revalidated or redirected', () => {
    expect(actionResultOnly(action, { 'x-action-revalidated': '1' })).toBe(false);
    expect(actionResultOnly(action, { 'x-action-redirect': '/reports/1;push' })).toBe(false);
  });

  it('is not a page, a navigation, or a form posted without JavaScript (its answer is the page as HTML)', () => {
    expect(actionResultOnly({ method: 'GET', headers: {} }, {})).toBe(false);
    expect(actionResultOnly({ method: 'GET', headers: { rsc: '1' } }, {})).toBe(false);
    expect(actionResultOnly({ method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' } }, {})).toBe(false);
  });
});
