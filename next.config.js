// Next.js configuration.
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WebAssembly packages stay out of the server bundle.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
