/**
 * The UI is a client of OnePlan's own API, like any other: the same commands, the same rules, the
 * same error codes. Through the gateway of a split deployment, reads reach the query side and
 * commands the command side. The demo sign-in keeps the credentials in this tab only.
 */
import {language} from './i18n.js';

const SESSION = 'oneplan.session';
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
}

/** Signs in with a demo user's name and password; the answer of /api/me says who that is. */
export function signIn(user, password) {
  return signInWith('Basic ' + btoa(unescape(encodeURIComponent(`${user}:${password}`))));
}

/** Keeps an authorization (demo credentials or a bearer token) once /api/me accepts it. */
export async function signInWith(authorization) {
  const response = await fetch('/api/me', {headers: headers(authorization)});
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  const me = await response.json();
  sessionStorage.setItem(SESSION, JSON.stringify({authorization, me}));
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
  const response = await fetch(path, {
    method,
    headers: {...headers(current?.authorization), ...extra},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401 && current) {
    signOut();
    window.location.hash = '#/signin';
  }
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
