export * from './protocol';
export { keepWorkerAlive, PING_INTERVAL_MS } from './keepAlive';
