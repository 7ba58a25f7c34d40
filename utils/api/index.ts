export { createApiClient, type ApiClient, type ApiClientDeps } from './client';
export { ApiClientError, isApiClientError, isTransient, type ClientErrorCode } from './errors';
