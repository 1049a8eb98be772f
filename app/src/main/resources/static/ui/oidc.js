/**
 * Signing in at the organisation's identity provider: authorization code with PKCE, in the browser,
 * as a public client. The access token stays in this tab (sessionStorage) and goes to the API as a
 * bearer token; the API checks it as it checks any client's.
 */
const PENDING = 'oneplan.oidc.pending';

async function discovery(issuer) {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`discovery answered ${response.status}`);
  return response.json();
}

function randomText(bytes) {
  const random = crypto.getRandomValues(new Uint8Array(bytes));
  return base64Url(random);
}

function base64Url(bytes) {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function redirectUri() {
  return `${window.location.origin}/`;
}

/** Sends the browser to the identity provider. */
export async function startSignIn(config) {
  const provider = await discovery(config.issuer);
  const verifier = randomText(48);
  const state = randomText(16);
  const challenge = base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  sessionStorage.setItem(PENDING, JSON.stringify({verifier, state, tokenEndpoint: provider.token_endpoint,
    clientId: config.clientId}));
  const query = new URLSearchParams({response_type: 'code', client_id: config.clientId, redirect_uri: redirectUri(),
    scope: 'openid', state, code_challenge: challenge, code_challenge_method: 'S256'});
  window.location.assign(`${provider.authorization_endpoint}?${query}`);
}

/**
 * Back from the identity provider (?code=…&state=…): exchanges the code for an access token.
 * Returns the bearer authorization, or null when this page load is no such return.
 */
export async function finishSignIn() {
  const query = new URLSearchParams(window.location.search);
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  if (!query.has('code') || !pending) return null;
  sessionStorage.removeItem(PENDING);
  window.history.replaceState(null, '', `${window.location.pathname}#/`);
  if (query.get('state') !== pending.state) throw new Error('the sign-in came back with another state');
  const response = await fetch(pending.tokenEndpoint, {
    method: 'POST',
    headers: {'Content-Type': 'application/x-www-form-urlencoded'},
    body: new URLSearchParams({grant_type: 'authorization_code', code: query.get('code'), redirect_uri: redirectUri(),
      client_id: pending.clientId, code_verifier: pending.verifier}),
  });
  if (!response.ok) throw new Error(`the identity provider answered ${response.status}`);
  const tokens = await response.json();
  return `Bearer ${tokens.access_token}`;
}
