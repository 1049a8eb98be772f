/**
 * Every text of the UI comes from a message bundle (ui/messages/nl.json, en.json). Dutch is the
 * default; the choice is remembered in this browser.
 */
const LANGUAGES = ['nl', 'en'];
let current = 'nl';
let messages = {};
let fallback = {};

export async function loadMessages() {
  const stored = localStorage.getItem('oneplan.lang');
  current = LANGUAGES.includes(stored) ? stored : 'nl';
  fallback = await fetchBundle('nl');
  messages = current === 'nl' ? fallback : await fetchBundle(current);
  document.documentElement.lang = current;
}

async function fetchBundle(language) {
  const response = await fetch(`/ui/messages/${language}.json`);
  return response.json();
}

export function language() {
  return current;
}

export function languages() {
  return LANGUAGES;
}

export async function setLanguage(language) {
  localStorage.setItem('oneplan.lang', language);
  await loadMessages();
}

/** The text for a key, with {name} placeholders filled in; the key itself when no bundle has it. */
export function t(key, params = {}) {
  const text = messages[key] ?? fallback[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (match, name) => (params[name] ?? match));
}

export function has(key) {
  return key in messages || key in fallback;
}

export function formatDate(value) {
  if (!value) return '';
  const date = new Date(value.length === 10 ? `${value}T12:00:00` : value);
  return date.toLocaleDateString(current === 'nl' ? 'nl-NL' : 'en-GB', {day: 'numeric', month: 'long', year: 'numeric'});
}

/** The name of a month (1–12) in the current language: "februari", "February". */
export function monthName(month) {
  return new Date(2000, month - 1, 15).toLocaleDateString(current === 'nl' ? 'nl-NL' : 'en-GB', {month: 'long'});
}

export function formatDateTime(value) {
  if (!value) return '';
  return new Date(value).toLocaleString(current === 'nl' ? 'nl-NL' : 'en-GB',
    {day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit'});
}

/** A standard agreement is worded by its code, in the reader's language; others as the family agreed them. */
export function agreementText(agreement) {
  return agreement.standard ? t(`enum.StandardAgreement.${agreement.standard}`) : agreement.what;
}
