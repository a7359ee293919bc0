// Stand-in for the `server-only` marker under vitest (tests run server-side code in Node).
export {};
