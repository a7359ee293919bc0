// Next.js configuration.

// Security headers on every response. The Content-Security-Policy is not here: it carries a fresh
// nonce per request, so the server wrapper (scripts/serve.ts, lib/auth/csp.ts) writes it.
export const SECURITY_HEADERS = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WebAssembly packages stay out of the server bundle.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', 'pg', '@prisma/adapter-pg', 'heic-decode', 'libheif-js'],
  poweredByHeader: false,
  // The server wrapper (scripts/serve.ts) compresses the answers with the `compression` middleware, with a rule
  // that leaves a server action's bare result plain (lib/answer-compression.ts).
  compress: false,
  experimental: {
    // Deliberate: above the plan import's 5 MB file limit (lib/plan-import/read-xlsx.ts) and far above
    // any text form, so an oversized input reaches validation and gets a message beside its field;
    // anything larger is refused (413).
    serverActions: { bodySizeLimit: '6mb' },
    // `forbidden()`: a page an account may not open answers HTTP 403 with app/forbidden.tsx (a
    // refusal answered 200 reads as opened to a scanner or a monitor).
    authInterrupts: true,
  },
  reactStrictMode: true,
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
