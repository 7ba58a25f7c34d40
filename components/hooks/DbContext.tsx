import { createContext, useContext, type ReactNode } from 'react';
import { getDb, type SidedeskDb } from '@/utils/db';

const DbContext = createContext<SidedeskDb | null>(null);

/** The database the UI reads; the background writes it. Tests may provide their own. */
export function DbProvider({ db, children }: { db?: SidedeskDb; children: ReactNode }) {
  return <DbContext.Provider value={db ?? getDb()}>{children}</DbContext.Provider>;
}

export function useDb(): SidedeskDb {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb outside DbProvider');
  return db;
}
