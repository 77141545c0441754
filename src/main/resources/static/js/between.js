// Sends the CSRF token with every htmx request (the token sits in the page's meta tags).
document.addEventListener('htmx:configRequest', (event) => {
  const header = document.querySelector('meta[name="csrf-header"]');
  const token = document.querySelector('meta[name="csrf-token"]');
  if (header && token && header.content) {
    event.detail.headers[header.content] = token.content;
  }
});
