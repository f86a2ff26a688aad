/** The council's Web Chat page and the assets it loads. */
export { createWebChatRoutes } from './webChatRoutes.js';
export type { WebChatOptions } from './webChatRoutes.js';
