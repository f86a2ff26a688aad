/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** What the page needs to know when it is rendered. */
export interface PageOptions {
  readonly councilName: string;
  /** The CSP nonce Web Chat puts on the `<style>` elements it creates. */
  readonly styleNonce: string;
  /** The page's language; the chat starts in it too. */
  readonly language: 'en' | 'cy';
  /** The `page` namespace in that language. */
  readonly t: (key: string, options?: Record<string, unknown>) => string;
}

/**
 * The council's Web Chat page, in English or Welsh. Plain HTML that reads well without the script (the chat needs it;
 * the emergency advice does not), one heading outline, a skip link to the chat, a link to the other language, and
 * the chat region named for screen readers.
 */
export function renderPage(options: PageOptions): string {
  const text = (key: string): string => escapeHtml(options.t(key, { council: options.councilName }));
  const nonce = escapeHtml(options.styleNonce);
  const other = options.language === 'en' ? 'cy' : 'en';
  return `<!doctype html>
<html lang="${options.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text('title')}</title>
<meta name="description" content="${text('description')}">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/page.css">
</head>
<body>
<a class="skip-link" href="#chat">${text('skipLink')}</a>
<header class="site-header">
  <p class="council-name">${escapeHtml(options.councilName)}</p>
  <a class="other-language" href="/?lang=${other}" lang="${other}" hreflang="${other}">${text('otherLanguage')}</a>
</header>
<main id="main">
  <h1>${text('heading')}</h1>
  <p class="intro">${text('intro')}</p>
  <p class="emergency"><strong>${text('emergencyStrong')}</strong> ${text('emergencyRest')}</p>
  <section id="chat" class="chat" tabindex="-1">
    <h2 id="chat-heading">${text('chatHeading')}</h2>
    <div id="webchat" class="webchat" role="region" aria-label="${text('chatLabel')}" data-style-nonce="${nonce}"
      data-locale="${options.language === 'cy' ? 'cy-GB' : 'en-GB'}" data-could-not-load="${text('couldNotLoad')}"
      data-could-not-start="${text('couldNotStart')}">
      <p class="chat-status" id="chat-status">${text('loading')}</p>
    </div>
    <button type="button" class="new-conversation" id="new-conversation">${text('newConversation')}</button>
  </section>
</main>
<script src="/webchat.js" defer></script>
<script src="/page.js" defer></script>
</body>
</html>
`;
}
