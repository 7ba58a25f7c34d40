// One line per event, with details as JSON: readable in a terminal, greppable in a log file.
export type Log = (message: string, details?: Record<string, unknown>) => void;

export const consoleLog: Log = (message, details) =>
  console.log(details ? `${message} ${JSON.stringify(details)}` : message);

export const silentLog: Log = () => {};
