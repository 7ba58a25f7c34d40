// The shape of the one handler table, apart from ./handlers.ts so the files that build parts of
// the table can name it without importing the table itself.
import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import type { ApiClient } from '@/utils/api';
import type { BackgroundMessage, ProtocolMap } from './protocol';

export type Handlers = {
  [K in BackgroundMessage]: (data: GetDataType<ProtocolMap[K]>) => Promise<GetReturnType<ProtocolMap[K]>>;
};

/** The signed-in client, or a NotSignedInError. */
export type RequireApi = () => Promise<ApiClient>;
