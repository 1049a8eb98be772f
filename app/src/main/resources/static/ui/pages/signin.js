import {h, clear, fill} from '../dom.js';
import {t} from '../i18n.js';
import {signIn, uiConfig, ApiError, pendingResume} from '../api.js';
import {startSignIn} from '../oidc.js';

export async function signInPage(main) {
  document.title = t('signin.title') + ' — OnePlan';
  const config = await uiConfig();
  // The session ended while the person was working: say so, and that their input comes back.
  const ended = pendingResume() ? h('p', {class: 'notice', role: 'status', id: 'session-ended'},
    t(pendingResume().form ? 'session.endedWithForm' : 'session.ended')) : null;
  if (config.signIn === 'OIDC') {
    const failed = h('div', {class: 'form-error', role: 'alert', hidden: true});
    fill(main, h('div', {class: 'command-form narrow'}, h('h1', {}, t('signin.title')),
      ended, h('p', {}, t('signin.oidc')), failed,
      h('button', {type: 'button', class: 'primary', id: 'signin-oidc', onclick: () => startSignIn(config).catch((e) => {
        failed.textContent = t('signin.oidcFailed', {reason: e.message});
        failed.hidden = false;
      })}, t('signin.oidcButton'))));
    return;
  }
  if (config.signIn === 'NONE') {
    fill(main, h('h1', {}, t('signin.title')), h('p', {}, t('signin.none')));
    return;
  }
  const error = h('div', {class: 'form-error', role: 'alert', hidden: true, tabindex: '-1'});
  const user = h('input', {id: 'signin-user', name: 'username', autocomplete: 'username', required: true});
  const password = h('input', {id: 'signin-password', name: 'password', type: 'password',
    autocomplete: 'current-password', required: true});
  const form = h('form', {class: 'command-form narrow', novalidate: true},
    h('h1', {}, t('signin.title')), ended, h('p', {class: 'help'}, t('signin.demo')), error,
    h('div', {class: 'field'}, h('label', {for: 'signin-user'}, t('signin.user')), user),
    h('div', {class: 'field'}, h('label', {for: 'signin-password'}, t('signin.password')), password),
    h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary'}, t('signin.submit'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    try {
      await signIn(user.value.trim(), password.value);
      window.location.hash = pendingResume()?.hash || '#/';
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      error.textContent = t(e.status === 401 ? 'signin.failed' : 'error.REQUEST_REJECTED');
      error.hidden = false;
      error.focus();
    }
  });
  fill(main, form);
  user.focus();
}
