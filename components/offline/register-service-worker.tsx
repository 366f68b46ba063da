"use client";

import { useEffect } from "react";

/**
 * Registers /sw.js (written by scripts/service-worker.mjs after the build) so the screener and the path
 * pages work offline after a first visit. It waits for the page to finish loading, so caching the site
 * never competes with the first view. Renders nothing. Not in `next dev`, which has no sw.js.
 */
export function RegisterServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    const register = () => {
      navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
        // Offline use is a bonus: the site works the same without it.
      });
    };
    if (document.readyState === "complete") register();
    else {
      window.addEventListener("load", register, { once: true });
      return () => window.removeEventListener("load", register);
    }
  }, []);
  return null;
}
