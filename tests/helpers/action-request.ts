// `next/headers` for a test that runs server actions directly: a form posted with JavaScript (the
// Next-Action header) by a browser that holds no cookie but the session the test mocks elsewhere.
// Use: vi.mock('next/headers', async () => (await import('../helpers/action-request')).scriptedPost());
export const scriptedPost = () => ({
  headers: async () => new Headers({ 'next-action': '7f00' }),
  cookies: async () => ({ get: (): undefined => undefined, has: () => false }),
});
