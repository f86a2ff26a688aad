/** The local Direct Line 3.0 endpoint: Web Chat's server side when there is no Azure. */
export { createDirectLineRoutes, RESUME_EVENT_NAME, WEBCHAT_CHANNEL_ID } from './directLineRoutes.js';
export type { DirectLineLog, DirectLineOptions } from './directLineRoutes.js';
export { MAX_BODY_BYTES, MAX_TEXT_LENGTH } from './schemas.js';
