/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** What the page needs to know when it is rendered. */
export interface PageOptions {
  readonly councilName: string;
  /** The CSP nonce Web Chat puts on the `<style>` elements it creates. */
  readonly styleNonce: string;
}

/**
 * The council's Web Chat page. Plain HTML that reads well without the script (the chat needs it; the emergency
 * advice does not), one heading outline, a skip link to the chat, and the chat region named for screen readers.
 */
export function renderPage(options: PageOptions): string {
  const council = escapeHtml(options.councilName);
  const nonce = escapeHtml(options.styleNonce);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Care Navigator – ${council}</title>
<meta name="description" content="Chat with ${council} about care and support for you or someone you look after.">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/page.css">
</head>
<body>
<a class="skip-link" href="#chat">Skip to the chat</a>
<header class="site-header">
  <p class="council-name">${council}</p>
</header>
<main id="main">
  <h1>Care and support: start here</h1>
  <p class="intro">Tell us what is going on for you or someone you care for. Care Navigator asks a few questions,
  points you to local help and, if you want, passes your details to our adult social care team.</p>
  <p class="emergency"><strong>In an emergency, call 999.</strong> This chat cannot send help in an emergency.</p>
  <section id="chat" class="chat" tabindex="-1">
    <h2 id="chat-heading">Chat with Care Navigator</h2>
    <div id="webchat" class="webchat" role="region" aria-label="Care Navigator chat" data-style-nonce="${nonce}">
      <p class="chat-status" id="chat-status">The chat is loading. It needs JavaScript to be turned on.</p>
    </div>
    <button type="button" class="new-conversation" id="new-conversation">Start a new conversation</button>
  </section>
</main>
<script src="/webchat.js" defer></script>
<script src="/page.js" defer></script>
</body>
</html>
`;
}
