/**
 * Signing in at the organisation's identity provider: authorization code with PKCE, in the browser,
 * as a public client. The tokens stay in this tab (sessionStorage); the access token goes to the
 * API as a bearer token, which the API checks as it checks any client's, and is renewed with the
 * refresh token before it expires. Signing out ends the session at the provider too, so the next
 * person at a shared computer has to sign in with their own password.
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
    endSessionEndpoint: provider.end_session_endpoint || null, clientId: config.clientId}));
  const query = new URLSearchParams({response_type: 'code', client_id: config.clientId, redirect_uri: redirectUri(),
    scope: 'openid', state, code_challenge: challenge, code_challenge_method: 'S256'});
  window.location.assign(`${provider.authorization_endpoint}?${query}`);
}

/**
 * Back from the identity provider (?code=…&state=…): exchanges the code for tokens. Returns the
 * bearer authorization with what renewing and ending the session takes, or null when this page
 * load is no such return.
 */
export async function finishSignIn() {
  const query = new URLSearchParams(window.location.search);
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  if (!query.has('code') || !pending) return null;
  sessionStorage.removeItem(PENDING);
  window.history.replaceState(null, '', `${window.location.pathname}#/`);
  if (query.get('state') !== pending.state) throw new Error('the sign-in came back with another state');
  const tokens = await tokenRequest(pending.tokenEndpoint, {grant_type: 'authorization_code', code: query.get('code'),
    redirect_uri: redirectUri(), client_id: pending.clientId, code_verifier: pending.verifier});
  return withTokens({tokenEndpoint: pending.tokenEndpoint, endSessionEndpoint: pending.endSessionEndpoint,
    clientId: pending.clientId}, tokens);
}

/** New tokens for the session's refresh token; throws when the provider ended the session. */
export async function renew(oidc) {
  if (!oidc.refreshToken) throw new Error('no refresh token');
  const tokens = await tokenRequest(oidc.tokenEndpoint, {grant_type: 'refresh_token',
    refresh_token: oidc.refreshToken, client_id: oidc.clientId});
  return withTokens(oidc, tokens);
}

/** Where signing out sends the browser: the provider's end of the session, then OnePlan's sign-in page. */
export function endSessionUrl(oidc) {
  if (!oidc?.endSessionEndpoint) return null;
  const query = new URLSearchParams({client_id: oidc.clientId, post_logout_redirect_uri: redirectUri()});
  if (oidc.idToken) query.set('id_token_hint', oidc.idToken);
  return `${oidc.endSessionEndpoint}?${query}`;
}

/** Milliseconds until the access token should be renewed: a minute before it expires, sooner for short ones. */
export function renewIn(oidc) {
  const left = oidc.expiresAt - Date.now();
  return Math.max(1000, left > 120000 ? left - 60000 : left * 0.6);
}

async function tokenRequest(endpoint, parameters) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {'Content-Type': 'application/x-www-form-urlencoded'},
    body: new URLSearchParams(parameters),
  });
  if (!response.ok) throw new Error(`the identity provider answered ${response.status}`);
  return response.json();
}

function withTokens(oidc, tokens) {
  return {
    authorization: `Bearer ${tokens.access_token}`,
    oidc: {...oidc, refreshToken: tokens.refresh_token || oidc.refreshToken || null,
      idToken: tokens.id_token || oidc.idToken || null,
      expiresAt: Date.now() + 1000 * (Number(tokens.expires_in) || 300)},
  };
}
