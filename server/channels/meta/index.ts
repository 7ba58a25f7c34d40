// What WhatsApp, Messenger and Instagram share: webhook verification and Graph API errors.
export { verifySignature, signatureHeader } from './verifySignature';
export { verifyHandshake, type HandshakeQuery } from './verifyHandshake';
export { metaJsonStringify } from './metaJsonStringify';
export {
  describeGraphError,
  extractGraphError,
  graphErrorToSendError,
  isWindowClosedError,
  networkSendError,
  WINDOW_CLOSED_REASON,
  type GraphErrorBody,
} from './graphError';
