/** The sessionStorage key for facts opened from a file on the start page, handed to the screener once. Kept apart so the start page loads no schema. */
export const PENDING_KEY = "federal-relief-screener:opened";
