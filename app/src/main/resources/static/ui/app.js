import {h, clear, fill, inputKey} from './dom.js';
import {loadMessages, t, language, languages, setLanguage} from './i18n.js';
import {session, signOutEverywhere, signInWith, keepFresh, pendingResume, takeResume} from './api.js';
import {finishSignIn} from './oidc.js';
import {loadEnums} from './forms.js';
import {signInPage} from './pages/signin.js';
import {caseloadPage} from './pages/caseload.js';
import {familyPage} from './pages/family.js';
import {commandPage, newFamilyPage} from './pages/command.js';
import {printPage} from './pages/print.js';
import {privacyHome, privacyFamily} from './pages/privacy.js';
import {reportsPage, projectionsPage} from './pages/reports.js';

/** Hash routes: each page renders into <main> and sets the document title. */
const ROUTES = [
  [/^#\/signin$/, () => signInPage],
  [/^#\/families\/new$/, () => newFamilyPage],
  [/^#\/families\/([0-9a-f-]{36})$/, (match) => (main) => familyPage(main, match[1])],
  [/^#\/families\/([0-9a-f-]{36})\/do\/(\w+)$/, (match) => (main) => commandPage(main, match[1], match[2])],
  [/^#\/families\/([0-9a-f-]{36})\/print(?:\/([0-9a-f-]{36})(?:\/([A-Z][A-Z0-9_]{1,39}))?)?$/,
    (match) => (main) => printPage(main, match[1], match[2], match[3])],
  [/^#\/privacy$/, () => privacyHome],
  [/^#\/privacy\/([0-9a-f-]{36})$/, (match) => (main) => privacyFamily(main, match[1])],
  [/^#\/reports$/, () => reportsPage],
  [/^#\/projections$/, () => projectionsPage],
  [/^#\/?$/, () => homePage],
];

async function route() {
  const main = document.getElementById('main');
  const hash = window.location.hash || '#/';
  if (!session() && hash !== '#/signin') {
    window.location.hash = '#/signin';
    return;
  }
  renderHeader();
  for (const [pattern, page] of ROUTES) {
    const match = hash.match(pattern);
    if (match) {
      fill(main, h('p', {class: 'loading'}, t('app.loading')));
      try {
        await page(match)(main);
        restoreUnsaved(main, hash);
      } catch (error) {
        fill(main, h('div', {class: 'form-error', role: 'alert'}, t('error.page'), ' ', error.message));
      }
      main.focus();
      return;
    }
  }
  fill(main, h('h1', {}, t('app.notFound')));
}

/** Back at the page where the session ended: what was typed is put back, and the person is told why. */
function restoreUnsaved(main, hash) {
  const resume = pendingResume();
  if (!resume || !session() || resume.hash !== hash) return;
  takeResume();
  const form = main.querySelector('form[data-form]');
  if (!form || !resume.form) return;
  for (const input of form.querySelectorAll('input, select, textarea')) {
    const key = inputKey(input);
    if (!key || !(key in resume.values)) continue;
    if (input.type === 'checkbox' || input.type === 'radio') input.checked = resume.values[key];
    else input.value = resume.values[key];
    input.dispatchEvent(new Event('change', {bubbles: true}));
  }
  form.prepend(h('p', {class: 'notice', role: 'status', id: 'restored'}, t('session.restored')));
}

function homePage(main) {
  const roles = session().me.roles;
  if (roles.includes('COORDINATOR') || roles.includes('PROFESSIONAL')) return caseloadPage(main);
  if (roles.includes('PRIVACY_OFFICER')) return privacyHome(main);
  if (roles.includes('ANALYST')) return reportsPage(main);
  if (roles.includes('ADMIN')) return projectionsPage(main);
  fill(main, h('h1', {}, t('home.title', {name: session().me.name})),
    h('p', {}, t('home.other')));
  document.title = t('home.title', {name: session().me.name}) + ' — OnePlan';
}

function renderHeader() {
  const top = clear(document.getElementById('top'));
  document.getElementById('skip-link').textContent = t('app.skip');
  const me = session()?.me;
  const languageSwitch = h('div', {class: 'language', role: 'group', 'aria-label': t('app.language')},
    languages().map((code) => h('button', {type: 'button', lang: code, 'aria-pressed': String(code === language()),
      onclick: async () => {
        await setLanguage(code);
        route();
      }}, t(`app.language.${code}`))));
  top.append(h('a', {href: '#/', class: 'brand'}, 'OnePlan'),
    me ? h('nav', {'aria-label': t('app.menu')}, h('a', {href: '#/'}, t(me.roles.includes('COORDINATOR')
      || me.roles.includes('PROFESSIONAL') ? 'nav.home' : 'nav.start')),
      me.roles.includes('COORDINATOR') ? h('a', {href: '#/families/new'}, t('nav.newFamily')) : null,
      me.roles.includes('ANALYST') ? h('a', {href: '#/reports'}, t('nav.reports')) : null,
      me.roles.includes('ANALYST') || me.roles.includes('ADMIN') ? h('a', {href: '#/projections'}, t('nav.projections'))
        : null) : null,
    h('div', {class: 'who'}, me ? [h('span', {}, `${me.name}${me.organisation ? ' · ' + me.organisation : ''}`),
      h('button', {type: 'button', id: 'sign-out', onclick: () => signOutEverywhere()}, t('nav.signOut'))] : null,
    languageSwitch));
}

/** Back from the identity provider, the code becomes this tab's sign-in before the first page. */
async function start() {
  await Promise.all([loadMessages(), loadEnums()]);
  try {
    const signedIn = await finishSignIn();
    if (signedIn) {
      await signInWith(signedIn.authorization, signedIn.oidc);
      // Without a hashchange: the first route below renders it once (with any input kept when a session ended).
      window.history.replaceState(null, '', `${window.location.pathname}${pendingResume()?.hash || '#/'}`);
    } else {
      keepFresh();
    }
  } catch (error) {
    fill(document.getElementById('main'), h('div', {class: 'form-error', role: 'alert'},
      t('signin.oidcFailed', {reason: error.message})));
    return;
  }
  window.addEventListener('hashchange', route);
  route();
}

start();
