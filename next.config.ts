import type { NextConfig } from "next";

/**
 * A static export: the product is plain files any host can serve; nothing runs on a server,
 * so no answer can ever be sent anywhere.
 */
const nextConfig: NextConfig = {
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  // Two root layouts (app/(en), app/(es)): the page for an unknown URL is app/global-not-found.tsx.
  experimental: { globalNotFound: true },
};

export default nextConfig;
