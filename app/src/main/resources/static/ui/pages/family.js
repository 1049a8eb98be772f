import {printPage} from './print.js';
import {h, clear, fill} from '../dom.js';
import {t, formatDate, formatDateTime, agreementText} from '../i18n.js';
import {get} from '../api.js';
import {ENUMS, recipientLabel} from '../forms.js';

/**
 * A family's plan in the order of the gezinsplan: family, involved people (with the coordinator
 * and how they work together), goals, agreements, then round tables, direction, indications,
 * escalation, evaluation and closure, and the timeline of who did what when.
 */
export async function familyPage(main, trajectoryId) {
  const [plan, timeline, consent] = await Promise.all([get(`/api/trajectories/${trajectoryId}/plan`),
    get(`/api/trajectories/${trajectoryId}/timeline`).catch(() => []),
    get(`/api/trajectories/${trajectoryId}/consents`).catch(() => ({entries: []}))]);
  // Someone involved who does not coordinate gets their copy from the server: show it as the copy it is.
  if (plan.copyFor) return printPage(main, trajectoryId, plan.copyFor);
  document.title = t('family.title', {name: plan.familyName}) + ' — OnePlan';
  const action = (key) => h('a', {href: `#/families/${trajectoryId}/do/${key}`, class: 'button small',
    'data-action': key}, t(`form.${key}.title`));
  const open = !plan.status.startsWith('CLOSED');
  const nameOf = (id) => plan.family.members.find((m) => m.memberId === id)?.name
    || plan.involved.find((p) => p.participantId === id)?.name || '';

  fill(main, 
    h('h1', {}, t('family.title', {name: plan.familyName})),
    h('p', {class: 'sub'}, `${plan.municipality} · ${t('family.since', {date: formatDate(plan.startDate)})} · `,
      h('strong', {'data-status': plan.status}, t(`status.${plan.status}`))),
    plan.behind ? h('p', {class: 'notice', role: 'alert', id: 'plan-behind'}, t('family.behind',
      {date: formatDateTime(plan.behind.since)})) : null,
    h('p', {}, h('a', {href: `#/families/${trajectoryId}/print`, class: 'button small', 'data-action': 'print'},
      t('family.print'))),
    section('family', t('family.section.family'), [
      table(['name', 'dateOfBirth', 'role', 'custody'], plan.family.members.map((m) => [m.name,
        formatDate(m.dateOfBirth), t(`enum.MemberRole.${m.role}`), m.custody ? t('yes') : t('no')]), 'members'),
      contact(plan.family),
    ], open ? [action('member'), action('correctMember'), action('contact')] : []),
    section('involved', t('family.section.involved'), [
      table(['name', 'kind', 'organisation', 'relation'], plan.involved.map((p) => [
        [p.name, p.coordinator ? h('span', {class: 'chip'}, t('family.coordinator')) : null,
          p.withdrawnOn ? h('span', {class: 'chip muted'}, t('family.withdrawn', {date: formatDate(p.withdrawnOn)})) : null],
        t(`enum.ParticipantKind.${p.kind}`), p.organisation || (p.networkCategory
          ? t(`enum.NetworkCategory.${p.networkCategory}`) : ''), p.relation || p.function || '']), 'involved'),
      h('p', {}, h('strong', {}, t('family.coordinatorLabel')), ' ', plan.coordinator ? plan.coordinator.name
        : t('family.noCoordinator')),
      plan.coordinatorChanges.length ? h('ul', {class: 'changes'}, plan.coordinatorChanges.map((c) => h('li', {},
        t('family.handover', {from: c.from || '—', to: c.to, date: formatDate(c.handoverDate), reason: c.reason})))) : null,
      h('p', {}, h('strong', {}, t('family.arrangementLabel')), ' ', plan.coordinationArrangement
        ? `${t(`enum.ArrangementKind.${plan.coordinationArrangement.kind}`)}${plan.coordinationArrangement.description
          ? ' — ' + plan.coordinationArrangement.description : ''}` : '—'),
    ], open ? [action('participant'), action('linkAccount'), action('coordinator'), action('handover'),
      action('withdrawParticipant'), action('arrangement')] : []),
    section('goals', t('family.section.goals'), [
      table(['number', 'description', 'forWhom', 'lifeDomain', 'period', 'state'], plan.goals.map((g) => [
        String(g.number), g.description, g.members.length ? g.members.join(', ') : t('family.wholeFamily'),
        t(`enum.LifeDomain.${g.lifeDomain}`),
        `${formatDate(g.startDate)} – ${formatDate(g.plannedEndDate)}`,
        g.achievedOn ? t('family.achievedOn', {date: formatDate(g.achievedOn)})
          : g.dropped ? t('family.dropped', {date: formatDate(g.dropped.droppedOn)}) : t('family.open')]), 'goals'),
    ], open ? [action('goal'), action('reviseGoal'), action('achieveGoal'), action('dropGoal')] : []),
    section('agreements', t('family.section.agreements'), [
      table(['number', 'who', 'what', 'until', 'state'], plan.agreements.map((a) => [String(a.number),
        a.who.kind === 'COORDINATOR_WITH_FAMILY' ? t('family.coordinatorWithFamily') : (a.who.name || nameOf(a.who.id)),
        agreementText(a), a.plannedEndDate ? formatDate(a.plannedEndDate) : '',
        a.completedOn ? t('family.doneOn', {date: formatDate(a.completedOn)}) : a.cancellationReason
          ? t('family.cancelled') : a.overdue ? h('strong', {class: 'warning'}, t('family.overdue')) : t('family.open')]),
      'agreements'),
    ], open ? [action('agreement'), action('completeAgreement'), action('rescheduleAgreement'),
      action('cancelAgreement')] : []),
    section('consent', t('family.section.consent'), consentMatrix(plan, consent.entries),
      open ? [action('giveConsent'), action('withdrawConsent'), action('denyConsent'), action('share'),
        action('shareOnStatutoryGround')] : []),
    section('roundTables', t('family.section.roundTables'), [
      h('p', {}, plan.roundTableDue?.dueOn ? t(plan.roundTableDue.overdue ? 'caseload.overdueSince' : 'caseload.dueOn',
        {date: formatDate(plan.roundTableDue.dueOn)}) : ''),
      table(['number', 'startsAt', 'place', 'heldOn', 'minutes'], plan.roundTables.map((r) => [String(r.number),
        formatDateTime(r.startsAt), r.place || '', r.heldOn ? formatDate(r.heldOn) : '',
        r.minutes ? t(`minutes.${r.minutes.stage}`) : '']), 'round-tables'),
    ], open ? [action('scheduleRoundTable'), action('holdRoundTable'), action('draftMinutes'), action('minutesToFamily'),
      action('minutesApproved'), action('distributeMinutes'), action('roundTableInterval')] : []),
    section('direction', t('family.section.direction'), [
      table(['member', 'lifeDomain', 'level', 'recordedOn', 'note'], plan.directionLevels.map((d) => [d.member,
        d.lifeDomain ? t(`enum.LifeDomain.${d.lifeDomain}`) : t('family.overall'), t(`enum.DirectionLevel.${d.level}`),
        formatDate(d.recordedOn), d.dueToSafetyDecision ? h('span', {class: 'chip warning'},
          d.safetyDecisionNumber ? t('family.bySafetyDecision', {number: d.safetyDecisionNumber})
            : t('family.bySafetyDecisionUnnumbered')) : d.note || '']), 'direction'),
    ], open ? [action('directionLevel')] : []),
    section('indications', t('family.section.indications'), [
      table(['careProvider', 'kindOfCare', 'validUntil'], plan.indications.map((i) => [i.careProvider, i.kindOfCare,
        [formatDate(i.validUntil), i.expired ? h('span', {class: 'chip warning', 'data-expired': ''}, t('family.expired'))
          : i.endingSoon ? h('span', {class: 'chip'}, t('family.endingSoon'))
            : i.endedOn ? h('span', {class: 'chip muted'}, t('family.endedOn', {date: formatDate(i.endedOn)})) : null]]),
      'indications'),
    ], open ? [action('indication'), action('extendIndication'), action('endIndication')] : []),
    section('escalations', t('family.section.escalations'), [
      table(['number', 'to', 'reasonCode', 'escalatedOn', 'state'], plan.escalations.map((e) => [String(e.number),
        t(`enum.EscalationLevel.${e.to}`), e.reasonCode ? t(`enum.EscalationReason.${e.reasonCode}`) : '',
        formatDate(e.escalatedOn), e.deescalatedOn ? t('family.resolvedOn', {date: formatDate(e.deescalatedOn)})
          : t('family.open')]), 'escalations'),
      plan.safetyDecisions.length ? [h('h3', {}, t('family.safetyDecisions')),
        table(['number', 'decidedOn', 'decision', 'familyResponse', 'level'], plan.safetyDecisions.map((d) => [
          String(d.number), formatDate(d.decidedOn), `${d.decision} (${d.decidedBy})`, d.familyResponse || '',
          t(`enum.DirectionLevel.${d.directionLevelAfter}`)]), 'safety-decisions')] : null,
    ], open ? [action('escalation'), action('deescalate'), action('safetyDecision')] : []),
    section('closure', t('family.section.closure'), [
      plan.finalEvaluation ? h('p', {}, t('family.evaluatedOn', {date: formatDate(plan.finalEvaluation.heldOn)}))
        : h('p', {}, t('family.noEvaluation')),
      plan.closure.proposedOn && !plan.closure.closedOn ? h('p', {}, t('family.proposedOn', {date:
        formatDate(plan.closure.proposedOn), reason: t(`enum.ClosureReason.${plan.closure.reason}`)})) : null,
      plan.closure.informed?.length ? h('p', {}, t('family.informed', {parties: plan.closure.informed
        .map((i) => i.party).join(', ')})) : null,
      plan.closure.closedOn ? h('p', {}, t('family.closedOn', {date: formatDate(plan.closure.closedOn)})) : null,
      // Earlier ends stay in view after a reopening.
      plan.closure.reopenings?.length ? h('ul', {id: 'earlier-closures'}, plan.closure.reopenings.map((r) => h('li', {},
        r.closedOn ? t('family.earlierClosure', {closedOn: formatDate(r.closedOn),
          reason: r.closureReason ? t(`enum.ClosureReason.${r.closureReason}`) : ''}) + ' ' : '',
        r.evaluation ? t('family.earlierEvaluation', {date: formatDate(r.evaluation.heldOn),
          wentWell: r.evaluation.wentWell || '—'}) + ' ' : '',
        t('family.reopenedOn', {date: formatDate(r.reopenedOn), reason: r.reason})))) : null,
    ], open ? [action('closureProposal'), action('finalEvaluation'), action('closureInformation'), action('closure')]
      : [action('reopening')]),
    section('timeline', t('family.section.timeline'), [
      h('ol', {class: 'timeline'}, timeline.slice().reverse().map((entry) => h('li', {},
        h('time', {datetime: entry.at}, formatDateTime(entry.at)), ' ',
        h('span', {class: 'who'}, entry.who ? `${entry.who.name}${entry.who.organisation ? ' (' + entry.who.organisation + ')'
          : ''}` : ''), h('p', {}, entry.what)))),
    ], []));
}

/**
 * Consent in force now, per recipient a table of family members × categories: each consent and
 * denial in force as the server lists it, with the life domain it is narrowed to (a denial of
 * debts beside a consent for school is both), or nothing, which means no information may go
 * there. Which one decides a disclosure is the server's rule, not this page's.
 */
function consentMatrix(plan, entries) {
  if (entries.length === 0) return h('p', {class: 'empty'}, t('consent.noneYet'));
  const byRecipient = new Map();
  for (const entry of entries) {
    const key = JSON.stringify(entry.recipient);
    if (!byRecipient.has(key)) byRecipient.set(key, []);
    byRecipient.get(key).push(entry);
  }
  return [...byRecipient.entries()].map(([key, list]) => h('div', {class: 'consent-recipient'},
    h('h3', {}, recipientLabel(plan, JSON.parse(key))),
    h('table', {class: 'consent-matrix', 'data-table': 'consent'},
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('column.member')),
        ENUMS.InformationCategory.map((category) => h('th', {scope: 'col'}, t(`enum.InformationCategory.${category}`))))),
      h('tbody', {}, plan.family.members.map((member) => h('tr', {}, h('th', {scope: 'row'}, member.name),
        ENUMS.InformationCategory.map((category) => {
          const here = list.filter((e) => e.memberId === member.memberId && e.category.type === category);
          if (here.length === 0) return h('td', {class: 'none'}, t('consent.none'));
          return h('td', {}, here.map((e) => h('div', {class: e.effect === 'DENY' ? 'deny' : 'permit'},
            t(e.effect === 'DENY' ? 'consent.denied' : 'consent.permitted'),
            e.category.lifeDomain ? ` (${t(`enum.LifeDomain.${e.category.lifeDomain}`)})` : '',
            e.validUntil ? ` ${t('consent.until', {date: formatDate(e.validUntil)})}` : '')));
        })))))));
}

function section(id, title, content, actions) {
  return h('section', {id: `section-${id}`, 'aria-labelledby': `heading-${id}`},
    h('h2', {id: `heading-${id}`}, title), content,
    actions.length ? h('div', {class: 'section-actions'}, actions) : null);
}

function table(columns, rows, name) {
  if (rows.length === 0) return h('p', {class: 'empty'}, t('family.none'));
  return h('table', {'data-table': name},
    h('thead', {}, h('tr', {}, columns.map((column) => h('th', {scope: 'col'}, t(`column.${column}`))))),
    h('tbody', {}, rows.map((row) => h('tr', {}, row.map((cell) => h('td', {}, cell))))));
}

function contact(family) {
  const parts = [family.address, family.placeOfResidence, family.phone, family.email].filter(Boolean);
  return h('div', {}, parts.length ? h('p', {}, parts.join(' · ')) : null,
    family.importantInformation ? h('p', {}, h('strong', {}, t('field.importantInformation')), ' ',
      family.importantInformation) : null);
}
