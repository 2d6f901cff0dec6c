/** The Commission's time zone: every date a user sees, and every deadline, is in it. */
export const COMMISSION_TIME_ZONE = "America/Toronto";
