/**
 * The UI is a client of OnePlan's own API, like any other: the same commands, the same rules, the
 * same error codes. Through the gateway of a split deployment, reads reach the query side and
 * commands the command side. The demo sign-in keeps the credentials in this tab only.
 */
import {language} from './i18n.js';
import {inputKey} from './dom.js';
import {renew, renewIn, endSessionUrl} from './oidc.js';

const SESSION = 'oneplan.session';
/** What the person was typing when their session ended, to put back after they sign in again. */
const RESUME = 'oneplan.resume';
let renewal = null;
const TOKEN_HEADER = 'OnePlan-Consistency-Token';
let lastToken = null;

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.code = this.problem.code || (status === 401 ? 'UNAUTHENTICATED' : 'REQUEST_REJECTED');
    this.field = this.problem.field || null;
  }
}

export function session() {
  const stored = sessionStorage.getItem(SESSION);
  return stored ? JSON.parse(stored) : null;
}

export function signOut() {
  sessionStorage.removeItem(SESSION);
  lastToken = null;
  clearTimeout(renewal);
}

/** Signing out as a person means it: here, and at the identity provider, which then shows the sign-in page. */
export function signOutEverywhere() {
  const url = endSessionUrl(session()?.oidc);
  signOut();
  if (url) window.location.assign(url);
  else window.location.hash = '#/signin';
}

/** Renews the identity provider's access token before it expires, for as long as the tab is open. */
export function keepFresh() {
  clearTimeout(renewal);
  const current = session();
  if (!current?.oidc) return;
  renewal = setTimeout(() => renewNow(), renewIn(current.oidc));
}

async function renewNow() {
  const current = session();
  if (!current?.oidc) return false;
  try {
    const renewed = await renew(current.oidc);
    sessionStorage.setItem(SESSION, JSON.stringify({...current, ...renewed}));
    keepFresh();
    return true;
  } catch (e) {
    // The provider ended the session; the next request finds out and keeps what was typed.
    return false;
  }
}

/** The session ended under the person's hands: keep the form they were filling in, then ask them to sign in. */
function sessionEnded() {
  const form = document.querySelector('main form[data-form]');
  const values = {};
  if (form) {
    for (const input of form.querySelectorAll('input, select, textarea')) {
      if (input.type === 'password' || input.type === 'submit') continue;
      const key = inputKey(input);
      if (!key) continue;
      values[key] = input.type === 'checkbox' || input.type === 'radio' ? input.checked : input.value;
    }
  }
  sessionStorage.setItem(RESUME, JSON.stringify({hash: window.location.hash, values, form: Boolean(form)}));
  signOut();
  window.location.hash = '#/signin';
}

/** The form input kept when a session ended, if any (it stays until {@link takeResume}). */
export function pendingResume() {
  return JSON.parse(sessionStorage.getItem(RESUME) || 'null');
}

export function takeResume() {
  const resume = pendingResume();
  sessionStorage.removeItem(RESUME);
  return resume;
}

/** Signs in with a demo user's name and password; the answer of /api/me says who that is. */
export function signIn(user, password) {
  return signInWith('Basic ' + btoa(unescape(encodeURIComponent(`${user}:${password}`))));
}

/** Keeps an authorization (demo credentials or a bearer token) once /api/me accepts it. */
export async function signInWith(authorization, oidc = null) {
  const response = await fetch('/api/me', {headers: headers(authorization)});
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  const me = await response.json();
  sessionStorage.setItem(SESSION, JSON.stringify({authorization, me, oidc}));
  keepFresh();
  return me;
}

/** How this OnePlan signs in: DEMO (the form), OIDC (issuer and client) or NONE. */
export async function uiConfig() {
  const response = await fetch('/api/ui-config', {headers: headers()});
  return response.json();
}

export function get(path) {
  return request('GET', path);
}

/** A command the server must carry out once however often it arrives: the key says "this same one". */
export function postOnce(path, body, idempotencyKey) {
  return request('POST', path, body, {'Idempotency-Key': idempotencyKey});
}

export function post(path, body) {
  return request('POST', path, body);
}

export function put(path, body) {
  return request('PUT', path, body);
}

export function del(path) {
  return request('DELETE', path);
}

/** Sends a request; a read after a command waits until the projections show that command. */
export async function request(method, path, body, headersOfRequest = {}) {
  const current = session();
  const extra = {...headersOfRequest};
  const waits = path.startsWith('/api/trajectories/') || path.startsWith('/api/caseload');
  if (method === 'GET' && lastToken && waits) extra[TOKEN_HEADER] = lastToken;
  // Every command is JSON, also one without a body: the API refuses anything else.
  if (method !== 'GET') extra['Content-Type'] = 'application/json';
  const send = () => fetch(path, {
    method,
    headers: {...headers(session()?.authorization), ...extra},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  let response = await send();
  // An access token that expired meanwhile (a laptop asleep): renew it once and ask again.
  if (response.status === 401 && current?.oidc && await renewNow()) response = await send();
  if (response.status === 401 && current) sessionEnded();
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  const token = response.headers.get(TOKEN_HEADER);
  if (method !== 'GET' && token) lastToken = token;
  const type = response.headers.get('Content-Type') || '';
  if (response.status === 204) return null;
  return type.includes('json') ? response.json() : response.text();
}

/** A signed-in GET of a file rather than JSON (a CSV, a PDF): the response as it came. */
export async function fetchFile(path, accept) {
  const response = await fetch(path, {headers: {...headers(session()?.authorization), 'Accept': accept}});
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  return response;
}

function headers(authorization) {
  // The timeline is in the UI's language.
  const result = {'Accept': 'application/json, application/problem+json', 'X-Requested-With': 'XMLHttpRequest',
    'Accept-Language': language()};
  if (authorization) result['Authorization'] = authorization;
  return result;
}

async function problemOf(response) {
  try {
    return await response.json();
  } catch (e) {
    return {};
  }
}
