/**
 * Headers sent with every response of the site's own server (src/node/http-server.ts). Static hosts should send the
 * same (README, "Security headers"). Pages also get a per-page Content-Security-Policy with script and style hashes
 * from the build (dist/_headers.json), which replaces the baseline policy below; both start from `cspDirectives`,
 * which astro.config.mjs gives Astro's `security.csp`.
 */

/** The policy's directives apart from script-src and style-src (Astro adds those, with the page's hashes). */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
] as const;

/** For responses without a page policy (API answers, assets, errors): no inline script or style at all. */
export const baselineContentSecurityPolicy = [
  ...cspDirectives.slice(0, 1),
  "script-src 'self'",
  "style-src 'self'",
  ...cspDirectives.slice(1),
].join("; ");

export const securityHeaders: Readonly<Record<string, string>> = {
  "Content-Security-Policy": baselineContentSecurityPolicy,
  "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
};
