"use client";
/**
 * "Today" and who is answering, as the screener's machine holds them (lib/screener/machine.ts is their only
 * owner). The screener provides them from the machine with selectors; every component below reads them
 * with `useSession()` rather than taking them as props. The start page, which has no machine, provides
 * the date from its URL and the default perspective.
 */
import { createContext, useContext } from "react";
import type { Perspective } from "@/lib/words/perspective";
import type { IsoDate } from "@/rules/types";

export interface Session {
  asOf: IsoDate;
  perspective: Perspective;
}

const SessionContext = createContext<Session | null>(null);

export const SessionProvider = SessionContext.Provider;

/** The session of the screener around this component. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession(): no <SessionProvider> above this component");
  return session;
}
