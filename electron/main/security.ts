/**
 * The renderer's Content-Security-Policy: only our own bundled code and
 * styles, no eval, no remote content, no framing. Applied as a response
 * header (Electron session and the loopback server) and as a meta tag.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')
