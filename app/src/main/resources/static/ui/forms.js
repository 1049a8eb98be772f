import {h, clear, fill} from './dom.js';
import {t, has, formatDate, language, agreementText} from './i18n.js';
import {ApiError, get, request} from './api.js';

/** Values the API accepts for its enumerations; their labels are in the bundles as enum.<Type>.<VALUE>. */
/** The values of each coded field, from the API (GET /api/enums): one source with the server. */
export const ENUMS = {};

export async function loadEnums() {
  const response = await fetch('/api/enums', {headers: {Accept: 'application/json'}});
  const choices = await response.json();
  Object.entries(choices).forEach(([name, choice]) => { ENUMS[name] = choice.values; });
}

const today = () => new Date().toISOString().substring(0, 10);
const base = (plan) => `/api/trajectories/${plan.trajectoryId}`;
// A professional's copy may withhold members; they cannot share about whom they do not know.
const members = (plan) => plan.family.members.filter((m) => m.memberId)
  .map((m) => ({value: m.memberId, label: m.name}));
const participants = (plan) => plan.involved.filter((p) => !p.withdrawnOn)
  .map((p) => ({value: p.participantId, label: p.organisation ? `${p.name} (${p.organisation})` : p.name}));
const everyone = (plan) => [...members(plan), ...participants(plan)];
const openGoals = (plan) => plan.goals.filter((g) => !g.achievedOn && !g.dropped)
  .map((g) => ({value: String(g.number), label: `${g.number}. ${g.description}`}));
const openAgreements = (plan) => plan.agreements.filter((a) => !a.completedOn && !a.cancellationReason)
  .map((a) => ({value: String(a.number), label: `${a.number}. ${agreementText(a)}`}));
const openIndications = (plan) => plan.indications.filter((i) => !i.endedOn)
  .map((i) => ({value: i.indicationId, label: `${i.careProvider}: ${i.kindOfCare}`}));
const heldRoundTables = (plan) => plan.roundTables.filter((r) => r.heldOn)
  .map((r) => ({value: String(r.number), label: `${r.number}. ${formatDate(r.heldOn)}`}));

/** A "who" field offers members and participants alike; the API wants to know which it is. */
const isMember = (plan, id) => plan.family.members.some((m) => m.memberId === id);
const now = () => {
  const date = new Date();
  date.setSeconds(0, 0);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60000).toISOString().substring(0, 16);
};
/** Who information may go to: an involved person, or everyone of an organisation. */
export const recipients = (plan) => [
  ...plan.involved.filter((p) => !p.withdrawnOn).map((p) => ({value: `p:${p.participantId}`,
    label: p.organisation ? `${p.name} (${p.organisation})` : p.name})),
  ...[...new Set(plan.involved.map((p) => p.organisation).filter(Boolean))]
    .map((organisation) => ({value: `o:${organisation}`, label: `${organisation} (${t('consent.wholeOrganisation')})`})),
];
export const recipientLabel = (plan, recipient) => {
  if (recipient.participantId) {
    const person = plan.involved.find((p) => p.participantId === recipient.participantId);
    return person ? (person.organisation ? `${person.name} (${person.organisation})` : person.name) : '?';
  }
  return `${recipient.organisation} (${t('consent.wholeOrganisation')})`;
};
export const recipientBody = (value) => (value.startsWith('p:') ? {participantId: value.substring(2)}
  : {organisation: value.substring(2)});
const instant = (local) => (local ? new Date(local).toISOString() : null);
const categories = (v) => v.categories.map((type) => ({type,
  lifeDomain: (type === 'GOALS' || type === 'AGREEMENTS') && v.lifeDomain ? v.lifeDomain : null}));
const sharedAs = (type) => ({value: type, label: t(`enum.InformationCategory.${type}`)});
/** The purpose catalogue is the server's (configurable); labels come with it in both languages. */
const loadPurposes = async (plan) => {
  plan.purposes = await get('/api/purposes');
};
const purposeOptions = (plan) => (plan.purposes || []).map((p) => ({value: p.code,
  label: language() === 'en' ? p.labelEn : p.labelNl}));
const purposeOf = (code, text) => ({code, text: code === 'OTHER' ? text : null});

/** What any disclosure says: to whom, about whom, which information, why, how and when. */
const DISCLOSURE_FIELDS = [
  {name: 'recipient', type: 'select', options: recipients, required: true},
  {name: 'aboutMemberIds', type: 'checkboxes', options: members, required: true},
  {name: 'categories', type: 'checkboxes', options: () => ENUMS.InformationCategory.map(sharedAs), required: true},
  {name: 'lifeDomain', type: 'select', enum: 'LifeDomain'},
  {name: 'purpose', type: 'select', options: purposeOptions, required: true},
  {name: 'purposeText', type: 'text'},
  {name: 'channel', type: 'select', enum: 'DisclosureChannel', required: true},
  {name: 'sharedAt', type: 'datetime-local', required: true, initial: now},
];
const disclosure = (v) => ({recipient: recipientBody(v.recipient), aboutMemberIds: v.aboutMemberIds,
  categories: categories(v), purpose: purposeOf(v.purpose, v.purposeText), channel: v.channel,
  sharedAt: instant(v.sharedAt)});

/**
 * One form per command of the API: its fields, where it is sent and how the body is made.
 * Fields named like the API's fields, so an error's `field` lands next to the right input.
 */
export const FORMS = {
  open: {
    method: 'POST', path: () => '/api/trajectories',
    fields: [
      {name: 'familyName', type: 'text', required: true},
      {name: 'municipality', type: 'text', required: true},
      {name: 'startDate', type: 'date', required: true, initial: today},
      {name: 'route', type: 'select', enum: 'RegistrationRoute', required: true, initial: () => 'SELF'},
      {name: 'agency', type: 'text'},
    ],
    body: (v) => ({familyName: v.familyName, municipality: v.municipality, startDate: v.startDate,
      registration: {route: v.route, agency: v.agency || null}}),
  },
  member: {
    method: 'POST', path: (plan) => `${base(plan)}/members`,
    fields: [
      {name: 'name', type: 'text', required: true},
      {name: 'dateOfBirth', type: 'date', required: true},
      {name: 'role', type: 'select', enum: 'MemberRole', required: true},
      {name: 'custody', type: 'checkbox'},
    ],
  },
  participant: {
    method: 'POST', path: (plan) => `${base(plan)}/participants`,
    fields: [
      {name: 'name', type: 'text', required: true},
      {name: 'kind', type: 'select', enum: 'ParticipantKind', required: true, initial: () => 'PROFESSIONAL'},
      {name: 'organisation', type: 'text'},
      {name: 'function', type: 'text'},
      {name: 'networkCategory', type: 'select', enum: 'NetworkCategory'},
      {name: 'relation', type: 'text'},
      {name: 'email', type: 'email'},
      {name: 'phone', type: 'tel'},
      {name: 'userId', type: 'account'},
    ],
  },
  correctMember: {
    method: 'PUT', path: (plan, v) => `${base(plan)}/members/${v.memberId}`,
    fields: [
      {name: 'memberId', type: 'select', options: members, required: true, fills: (plan, id) => {
        const member = plan.family.members.find((m) => m.memberId === id);
        return member ? {name: member.name, dateOfBirth: member.dateOfBirth, role: member.role, custody: member.custody}
          : {};
      }},
      {name: 'name', type: 'text', required: true},
      {name: 'dateOfBirth', type: 'date', required: true},
      {name: 'role', type: 'select', enum: 'MemberRole', required: true},
      {name: 'custody', type: 'checkbox'},
    ],
    body: (v) => ({name: v.name, dateOfBirth: v.dateOfBirth, role: v.role, custody: v.custody}),
  },
  linkAccount: {
    method: 'PUT', path: (plan, v) => `${base(plan)}/participants/${v.participantId}/account`,
    fields: [
      {name: 'participantId', type: 'select', options: participants, required: true},
      {name: 'userId', type: 'account', required: true},
    ],
    body: (v) => ({userId: v.userId}),
  },
  withdrawParticipant: {
    method: 'POST', path: (plan, v) => `${base(plan)}/participants/${v.participantId}/withdrawal`,
    fields: [
      {name: 'participantId', type: 'select', options: participants, required: true},
      {name: 'withdrawnOn', type: 'date', required: true, initial: today},
      {name: 'reason', type: 'textarea', required: true},
    ],
    body: (v) => ({withdrawnOn: v.withdrawnOn, reason: v.reason}),
  },
  handover: {
    method: 'POST', path: (plan) => `${base(plan)}/coordinator-handover`,
    fields: [
      {name: 'who', type: 'select', options: everyone, required: true},
      {name: 'reason', type: 'textarea', required: true},
      {name: 'handoverDate', type: 'date', required: true, initial: today},
      {name: 'familyInformed', type: 'checkbox'},
    ],
    body: (v, plan) => ({...(isMember(plan, v.who) ? {memberId: v.who} : {participantId: v.who}), reason: v.reason,
      handoverDate: v.handoverDate, familyInformed: v.familyInformed}),
  },
  coordinator: {
    method: 'PUT', path: (plan) => `${base(plan)}/coordinator`,
    fields: [{name: 'who', type: 'select', options: everyone, required: true}],
    body: (v, plan) => (isMember(plan, v.who) ? {memberId: v.who} : {participantId: v.who}),
  },
  arrangement: {
    method: 'PUT', path: (plan) => `${base(plan)}/coordination-arrangement`,
    fields: [
      {name: 'kind', type: 'select', enum: 'ArrangementKind', required: true},
      {name: 'description', type: 'textarea'},
    ],
  },
  contact: {
    method: 'PUT', path: (plan) => `${base(plan)}/family-contact`,
    fields: [
      {name: 'address', type: 'text', initial: (plan) => plan.family.address},
      {name: 'placeOfResidence', type: 'text', initial: (plan) => plan.family.placeOfResidence},
      {name: 'phone', type: 'tel', initial: (plan) => plan.family.phone},
      {name: 'email', type: 'email', initial: (plan) => plan.family.email},
      {name: 'importantInformation', type: 'textarea', initial: (plan) => plan.family.importantInformation},
    ],
  },
  goal: {
    method: 'POST', path: (plan) => `${base(plan)}/goals`,
    fields: [
      {name: 'description', type: 'textarea', required: true},
      {name: 'lifeDomain', type: 'select', enum: 'LifeDomain', required: true},
      {name: 'memberIds', type: 'checkboxes', options: members},
      {name: 'formulatedBy', type: 'select', enum: 'GoalAuthorship'},
      {name: 'startDate', type: 'date', required: true, initial: today},
      {name: 'plannedEndDate', type: 'date', required: true},
    ],
  },
  achieveGoal: {
    method: 'POST', path: (plan, v) => `${base(plan)}/goals/${v.goalNumber}/achievement`,
    fields: [
      {name: 'goalNumber', type: 'select', options: openGoals, required: true},
      {name: 'achievedOn', type: 'date', required: true, initial: today},
    ],
    body: (v) => ({achievedOn: v.achievedOn}),
  },
  dropGoal: {
    method: 'POST', path: (plan, v) => `${base(plan)}/goals/${v.goalNumber}/drop`,
    fields: [
      {name: 'goalNumber', type: 'select', options: openGoals, required: true},
      {name: 'reason', type: 'select', enum: 'GoalDropReason', required: true},
      {name: 'replacedByGoal', type: 'select', options: openGoals},
      {name: 'droppedOn', type: 'date', required: true, initial: today},
    ],
    body: (v) => ({reason: v.reason, replacedByGoal: v.replacedByGoal ? Number(v.replacedByGoal) : null,
      droppedOn: v.droppedOn}),
  },
  reviseGoal: {
    method: 'POST', path: (plan, v) => `${base(plan)}/goals/${v.goalNumber}/revision`,
    fields: [
      {name: 'goalNumber', type: 'select', options: openGoals, required: true},
      {name: 'description', type: 'textarea', required: true},
      {name: 'plannedEndDate', type: 'date', required: true},
      {name: 'memberIds', type: 'checkboxes', options: members},
    ],
    body: (v) => ({description: v.description, plannedEndDate: v.plannedEndDate, memberIds: v.memberIds}),
  },
  agreement: {
    method: 'POST', path: (plan) => `${base(plan)}/agreements`,
    fields: [
      {name: 'goalNumber', type: 'select', options: openGoals},
      {name: 'who', type: 'select', options: everyone, required: true},
      {name: 'what', type: 'textarea', required: true},
      {name: 'startDate', type: 'date', required: true, initial: today},
      {name: 'plannedEndDate', type: 'date', required: true},
    ],
    body: (v) => ({...v, goalNumber: v.goalNumber ? Number(v.goalNumber) : null}),
  },
  completeAgreement: {
    method: 'POST', path: (plan, v) => `${base(plan)}/agreements/${v.agreementNumber}/completion`,
    fields: [
      {name: 'agreementNumber', type: 'select', required: true, options: openAgreements},
      {name: 'completedOn', type: 'date', required: true, initial: today},
    ],
    body: (v) => ({completedOn: v.completedOn}),
  },
  rescheduleAgreement: {
    method: 'POST', path: (plan, v) => `${base(plan)}/agreements/${v.agreementNumber}/rescheduling`,
    fields: [
      {name: 'agreementNumber', type: 'select', required: true, options: openAgreements},
      {name: 'plannedEndDate', type: 'date', required: true},
      {name: 'reason', type: 'textarea', required: true},
    ],
    body: (v) => ({plannedEndDate: v.plannedEndDate, reason: v.reason}),
  },
  cancelAgreement: {
    method: 'POST', path: (plan, v) => `${base(plan)}/agreements/${v.agreementNumber}/cancellation`,
    fields: [
      {name: 'agreementNumber', type: 'select', required: true, options: (plan) => openAgreements(plan)
        .filter((option) => !plan.agreements.find((a) => String(a.number) === option.value)?.standard)},
      {name: 'reason', type: 'textarea', required: true},
    ],
    body: (v) => ({reason: v.reason}),
  },
  directionLevel: {
    method: 'POST', path: (plan) => `${base(plan)}/direction-levels`,
    fields: [
      {name: 'memberId', type: 'select', options: members, required: true},
      {name: 'lifeDomain', type: 'select', enum: 'LifeDomain'},
      {name: 'level', type: 'select', enum: 'DirectionLevel', required: true},
      {name: 'recordedOn', type: 'date', required: true, initial: today},
      {name: 'note', type: 'textarea'},
    ],
  },
  indication: {
    method: 'POST', path: (plan) => `${base(plan)}/indications`,
    fields: [
      {name: 'careProvider', type: 'text', required: true},
      {name: 'kindOfCare', type: 'text', required: true},
      {name: 'validFrom', type: 'date', required: true, initial: today},
      {name: 'validUntil', type: 'date', required: true},
    ],
  },
  extendIndication: {
    method: 'POST', path: (plan, v) => `${base(plan)}/indications/${v.indicationId}/extension`,
    fields: [
      {name: 'indicationId', type: 'select', required: true, options: openIndications},
      {name: 'validUntil', type: 'date', required: true},
    ],
    body: (v) => ({validUntil: v.validUntil}),
  },
  endIndication: {
    method: 'POST', path: (plan, v) => `${base(plan)}/indications/${v.indicationId}/end`,
    fields: [
      {name: 'indicationId', type: 'select', required: true, options: openIndications},
      {name: 'endedOn', type: 'date', required: true, initial: today},
      {name: 'reason', type: 'textarea', required: true},
    ],
    body: (v) => ({endedOn: v.endedOn, reason: v.reason}),
  },
  escalation: {
    method: 'POST', path: (plan) => `${base(plan)}/escalations`,
    fields: [
      {name: 'to', type: 'select', enum: 'EscalationLevel', required: true},
      {name: 'reasonCode', type: 'select', enum: 'EscalationReason', required: true},
      {name: 'reason', type: 'textarea', required: true},
      {name: 'escalatedOn', type: 'date', required: true, initial: today},
    ],
  },
  deescalate: {
    method: 'POST', path: (plan, v) => `${base(plan)}/escalations/${v.escalationNumber}/deescalation`,
    fields: [
      {name: 'escalationNumber', type: 'select', required: true, options: (plan) => plan.escalations
        .filter((e) => !e.deescalatedOn).map((e) => ({value: String(e.number),
          label: `${e.number}. ${t(`enum.EscalationLevel.${e.to}`)}, ${formatDate(e.escalatedOn)}`}))},
      {name: 'resolution', type: 'textarea', required: true},
      {name: 'deescalatedOn', type: 'date', required: true, initial: today},
    ],
    body: (v) => ({resolution: v.resolution, deescalatedOn: v.deescalatedOn}),
  },
  safetyDecision: {
    method: 'POST', path: (plan) => `${base(plan)}/safety-decisions`,
    fields: [
      {name: 'decidedOn', type: 'date', required: true, initial: today},
      {name: 'decision', type: 'textarea', required: true},
      {name: 'decidedBy', type: 'text', required: true},
      {name: 'optionsPutToFamily', type: 'textarea'},
      {name: 'familyResponse', type: 'textarea'},
      {name: 'memberIds', type: 'checkboxes', options: members, required: true},
      {name: 'directionLevelAfter', type: 'select', enum: 'DirectionLevel', required: true},
    ],
    body: (v) => ({...v, optionsPutToFamily: (v.optionsPutToFamily || '').split('\n').map((line) => line.trim())
      .filter(Boolean)}),
  },
  scheduleRoundTable: {
    method: 'POST', path: (plan) => `${base(plan)}/round-tables`,
    fields: [
      {name: 'startsAt', type: 'datetime-local', required: true},
      {name: 'place', type: 'text', required: true},
      {name: 'parts', type: 'parts', count: 2},
    ],
    body: (v) => ({startsAt: `${v.startsAt}:00`.substring(0, 19), place: v.place, parts: v.parts}),
  },
  holdRoundTable: {
    method: 'POST', path: (plan, v) => `${base(plan)}/round-tables/${v.roundTableNumber}/held`,
    fields: [
      {name: 'roundTableNumber', type: 'select', required: true, options: (plan) => plan.roundTables
        .filter((r) => !r.heldOn).map((r) => ({value: String(r.number), label: `${r.number}. ${formatDate(r.startsAt)}, ${r.place}`}))},
      {name: 'heldOn', type: 'date', required: true, initial: today},
      {name: 'attendance', type: 'attendance'},
      {name: 'goalReviews', type: 'reviews'},
    ],
    body: (v) => ({heldOn: v.heldOn, attendance: v.attendance[v.roundTableNumber] || [], goalReviews: v.goalReviews,
      agreements: []}),
  },
  draftMinutes: {
    method: 'PUT', path: (plan, v) => `${base(plan)}/round-tables/${v.roundTableNumber}/minutes`,
    fields: [
      {name: 'roundTableNumber', type: 'select', required: true, options: heldRoundTables},
      {name: 'text', type: 'textarea', required: true},
    ],
    body: (v) => ({text: v.text}),
  },
  minutesToFamily: {
    method: 'POST', path: (plan, v) => `${base(plan)}/round-tables/${v.roundTableNumber}/minutes/sent-to-family`,
    fields: [
      {name: 'roundTableNumber', type: 'select', required: true, options: heldRoundTables},
      {name: 'sentOn', type: 'date', required: true, initial: today},
    ],
    body: (v) => ({sentOn: v.sentOn}),
  },
  minutesApproved: {
    method: 'POST', path: (plan, v) => `${base(plan)}/round-tables/${v.roundTableNumber}/minutes/approval`,
    fields: [
      {name: 'roundTableNumber', type: 'select', required: true, options: heldRoundTables},
      {name: 'approvedOn', type: 'date', required: true, initial: today},
      {name: 'changedText', type: 'textarea'},
    ],
    body: (v) => ({approvedOn: v.approvedOn, changedText: v.changedText}),
  },
  distributeMinutes: {
    method: 'POST', path: (plan, v) => `${base(plan)}/round-tables/${v.roundTableNumber}/minutes/distribution`,
    fields: [
      {name: 'roundTableNumber', type: 'select', required: true, options: heldRoundTables},
      {name: 'distributedOn', type: 'date', required: true, initial: today},
      {name: 'recipientIds', type: 'checkboxes', options: participants, required: true},
    ],
    body: (v) => ({distributedOn: v.distributedOn, recipientIds: v.recipientIds}),
  },
  roundTableInterval: {
    method: 'PUT', path: (plan) => `${base(plan)}/round-table-interval`,
    fields: [{name: 'days', type: 'number', required: true, initial: (plan) => String(plan.roundTableIntervalDays)}],
    body: (v) => ({days: Number(v.days)}),
  },
  giveConsent: {
    load: loadPurposes,
    method: 'POST', path: (plan) => `${base(plan)}/consents`,
    fields: [
      {name: 'aboutMemberIds', type: 'checkboxes', options: members, required: true},
      {name: 'recipient', type: 'select', options: recipients, required: true},
      {name: 'categories', type: 'checkboxes', options: () => ENUMS.InformationCategory.map(sharedAs), required: true},
      {name: 'lifeDomain', type: 'select', enum: 'LifeDomain'},
      {name: 'purposes', type: 'checkboxes', options: purposeOptions, required: true},
      {name: 'purposeText', type: 'text'},
      {name: 'givenByMemberIds', type: 'checkboxes', options: members, required: true},
      {name: 'form', type: 'select', enum: 'ConsentForm', required: true, initial: () => 'VERBAL'},
      {name: 'documentReference', type: 'text'},
      {name: 'validFrom', type: 'datetime-local', required: true, initial: now},
      {name: 'validUntil', type: 'datetime-local'},
    ],
    body: (v) => ({aboutMemberIds: v.aboutMemberIds, givenByMemberIds: v.givenByMemberIds,
      recipient: recipientBody(v.recipient), categories: categories(v),
      purposes: v.purposes.map((code) => purposeOf(code, v.purposeText)),
      validFrom: instant(v.validFrom), validUntil: instant(v.validUntil), form: v.form,
      documentReference: v.documentReference}),
  },
  withdrawConsent: {
    load: async (plan) => {
      const state = await get(`${base(plan)}/consents`);
      const byId = new Map();
      state.entries.filter((e) => e.effect === 'PERMIT').forEach((e) => byId.set(e.sourceId, e));
      plan.consents = [...byId.values()].map((e) => ({value: e.sourceId,
        label: `${recipientLabel(plan, e.recipient)}: ${t(`enum.InformationCategory.${e.category.type}`)}`
          + ` (${t('consent.since', {date: formatDate(e.validFrom)})})`}));
    },
    method: 'POST', path: (plan, v) => `${base(plan)}/consents/${v.consentId}/withdrawal`,
    fields: [
      {name: 'consentId', type: 'select', options: (plan) => plan.consents || [], required: true},
      {name: 'effectiveAt', type: 'datetime-local', required: true, initial: now},
    ],
    body: (v) => ({effectiveAt: instant(v.effectiveAt)}),
  },
  denyConsent: {
    method: 'POST', path: (plan) => `${base(plan)}/denials`,
    fields: [
      {name: 'aboutMemberIds', type: 'checkboxes', options: members, required: true},
      {name: 'recipient', type: 'select', options: recipients, required: true},
      {name: 'categories', type: 'checkboxes', options: () => ENUMS.InformationCategory.map(sharedAs), required: true},
      {name: 'lifeDomain', type: 'select', enum: 'LifeDomain'},
      {name: 'decidedByMemberIds', type: 'checkboxes', options: members, required: true},
      {name: 'effectiveFrom', type: 'datetime-local', required: true, initial: now},
    ],
    body: (v) => ({aboutMemberIds: v.aboutMemberIds, decidedByMemberIds: v.decidedByMemberIds,
      recipient: recipientBody(v.recipient), categories: categories(v), effectiveFrom: instant(v.effectiveFrom)}),
  },
  share: {
    load: loadPurposes,
    method: 'POST', path: (plan) => `${base(plan)}/disclosures`,
    fields: DISCLOSURE_FIELDS,
    body: disclosure,
  },
  shareOnStatutoryGround: {
    load: loadPurposes,
    method: 'POST', path: (plan) => `${base(plan)}/disclosures`,
    fields: [...DISCLOSURE_FIELDS,
      {name: 'code', type: 'text', required: true},
      {name: 'justification', type: 'textarea', required: true},
      {name: 'decidedBy', type: 'text', required: true},
      {name: 'familyInformedAt', type: 'datetime-local'},
      {name: 'familyNotInformedReason', type: 'textarea'},
    ],
    body: (v) => ({...disclosure(v), statutoryGround: {code: v.code, justification: v.justification,
      decidedBy: v.decidedBy, familyInformedAt: instant(v.familyInformedAt),
      familyNotInformedReason: v.familyNotInformedReason}}),
  },
  closureProposal: {
    method: 'POST', path: (plan) => `${base(plan)}/closure-proposal`,
    fields: [
      {name: 'reason', type: 'select', enum: 'ClosureReason', required: true},
      {name: 'proposedOn', type: 'date', required: true, initial: today},
      {name: 'note', type: 'textarea'},
    ],
  },
  finalEvaluation: {
    method: 'POST', path: (plan) => `${base(plan)}/final-evaluation`,
    fields: [
      {name: 'heldOn', type: 'date', required: true, initial: today},
      {name: 'memberIds', type: 'checkboxes', options: members, required: true},
      {name: 'participantIds', type: 'checkboxes', options: participants},
      {name: 'wentWell', type: 'textarea', required: true},
      {name: 'couldBeBetter', type: 'textarea', required: true},
      {name: 'goalResults', type: 'perGoal'},
      {name: 'familyJudgesEnough', type: 'checkbox'},
      {name: 'futurePerspective', type: 'textarea'},
    ],
  },
  closureInformation: {
    method: 'POST', path: (plan) => `${base(plan)}/closure-information`,
    fields: [
      {name: 'party', type: 'text'},
      {name: 'informedBy', type: 'select', options: everyone},
      {name: 'informedOn', type: 'date', initial: today},
      {name: 'note', type: 'textarea'},
    ],
    body: (v) => ({informed: v.party ? [{party: v.party, informedBy: v.informedBy, informedOn: v.informedOn}] : [],
      note: v.note || null}),
  },
  closure: {
    method: 'POST', path: (plan) => `${base(plan)}/closure`,
    fields: [
      {name: 'closedOn', type: 'date', required: true, initial: today},
      {name: 'explanation', type: 'textarea'},
    ],
  },
  reopening: {
    method: 'POST', path: (plan) => `${base(plan)}/reopening`,
    fields: [
      {name: 'reopenedOn', type: 'date', required: true, initial: today},
      {name: 'reason', type: 'textarea', required: true},
    ],
  },
};

/** Text of an error code for a form: the form's own text first, then the general one. */
export function errorText(form, error, plan) {
  // A refusal by consent (a disclosure, minutes, a copy) names every pair it did not cover.
  if (Array.isArray(error.problem?.uncovered) && has(`error.${error.code}`)) {
    return t(`error.${error.code}`) + ' '
      + error.problem.uncovered.map((pair) => uncoveredText(pair, plan)).join('; ') + '.';
  }
  // A consent refused for a missing signature says whose, and why (the age rule).
  if (Array.isArray(error.problem?.missingSignatures)) {
    return t('error.CONSENT_SIGNATURE_MISSING') + ' ' + error.problem.missingSignatures.map((missing) =>
      t(`consent.missing.${missing.signer}${missing.signer === 'SELF' && missing.age >= 16 ? 'Alone' : ''}`,
        {member: missing.member, age: missing.age})).join(' ');
  }
  for (const key of [`error.${form}.${error.code}`, `error.${error.code}`]) {
    if (has(key)) return t(key);
  }
  return error.problem?.detail || t('error.REQUEST_REJECTED');
}

/** Brings a message's place into view and puts the keyboard there: a group of tick boxes at its first box. */
function bringTo(element) {
  const target = element.matches('input, select, textarea, button') ? element
    : element.querySelector('input, select, textarea') || element;
  element.scrollIntoView({block: 'center'});
  target.focus({preventScroll: true});
}

/**
 * A colleague's account, looked up among the accounts that signed in to OnePlan: typing two
 * letters of a name, e-mail address or organisation lists them in the choice below.
 */
function accountChoice(id, field) {
  const none = () => h('option', {value: ''}, field.required ? t('form.choose') : t('form.none'));
  const choice = h('select', {id, name: field.name, required: field.required,
    'aria-describedby': `${id}-help ${id}-error`}, none());
  const search = h('input', {id: `${id}-search`, type: 'search', autocomplete: 'off',
    'aria-describedby': `${id}-help`});
  let asked = 0;
  search.addEventListener('input', async () => {
    const text = search.value.trim();
    const mine = ++asked;
    if (text.length < 2) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
    if (mine !== asked) return;
    try {
      const found = await get(`/api/accounts?search=${encodeURIComponent(text)}`);
      if (mine !== asked) return;
      fill(choice, ...(found.length === 0
        ? [h('option', {value: ''}, t('form.accountNotFound', {text}))]
        : [none(), ...found.map((account) => h('option', {value: account.userId},
          [account.name, account.organisation, account.email].filter(Boolean).join(' · ')))]));
      if (found.length === 1) choice.value = found[0].userId;
    } catch (error) {
      fill(choice, h('option', {value: ''}, error.message));
    }
  });
  choice.search = search;
  return choice;
}

/**
 * Renders a command's form. On an error the input stays as typed and the message (from the
 * error code) stands next to the field it concerns, or above the form.
 */
export function renderForm(container, key, plan, onDone) {
  const spec = FORMS[key];
  const summary = h('div', {class: 'form-error', role: 'alert', id: `${key}-error`, hidden: true, tabindex: '-1'});
  const inputs = {};
  const form = h('form', {class: 'command-form', novalidate: true, 'data-form': key});
  form.append(h('h1', {}, t(`form.${key}.title`)), summary);
  if (has(`form.${key}.help`)) form.append(h('p', {class: 'help'}, t(`form.${key}.help`)));
  for (const field of spec.fields) {
    const id = `${key}-${field.name}`;
    const label = t(`field.${key}.${field.name}`) !== `field.${key}.${field.name}`
      ? t(`field.${key}.${field.name}`) : t(`field.${field.name}`);
    const message = h('p', {class: 'field-error', id: `${id}-error`, hidden: true});
    const initial = field.initial ? field.initial(plan) : '';
    let input;
    if (field.type === 'select') {
      const options = field.enum ? ENUMS[field.enum].map((value) => ({value, label: t(`enum.${field.enum}.${value}`)}))
        : field.options(plan);
      input = h('select', {id, name: field.name, required: field.required, 'aria-describedby': `${id}-error`},
        h('option', {value: ''}, field.required ? t('form.choose') : t('form.none')),
        options.map((option) => h('option', {value: option.value, selected: option.value === initial}, option.label)));
    } else if (field.type === 'textarea') {
      input = h('textarea', {id, name: field.name, rows: 3, required: field.required,
        'aria-describedby': `${id}-error`});
      input.value = initial || '';
    } else if (field.type === 'checkbox') {
      input = h('input', {id, name: field.name, type: 'checkbox', 'aria-describedby': `${id}-error`});
    } else if (field.type === 'parts') {
      input = h('div', {id, class: 'parts'}, [...Array(field.count).keys()].map((index) => h('fieldset', {
        class: 'part', 'data-part': index}, h('legend', {}, t('form.part', {number: index + 1})),
        h('label', {}, t('field.topic'), h('input', {type: 'text', name: 'topic'})),
        h('fieldset', {class: 'checkboxes'}, h('legend', {}, t('field.invitedMembers')), members(plan).map((option) =>
          h('label', {}, h('input', {type: 'checkbox', name: 'memberIds', value: option.value}), ' ', option.label))),
        h('fieldset', {class: 'checkboxes'}, h('legend', {}, t('field.invitedParticipants')), participants(plan).map(
          (option) => h('label', {}, h('input', {type: 'checkbox', name: 'participantIds', value: option.value}), ' ',
            option.label))))));
    } else if (field.type === 'attendance') {
      // Per round table still to hold: each part with who was invited, ticked as present.
      input = h('div', {id, class: 'attendance'}, plan.roundTables.filter((r) => !r.heldOn).map((r) => h('fieldset', {
        'data-round-table': r.number}, h('legend', {}, t('form.attendanceOf', {number: r.number})),
        r.parts.map((part, index) => h('fieldset', {class: 'checkboxes', 'data-part': index},
          h('legend', {}, part.topic), part.invited.map((person) => h('label', {}, h('input', {type: 'checkbox',
            checked: true, value: person.id, 'data-kind': person.kind === 'MEMBER' ? 'member' : 'participant'}), ' ',
          person.name)))))));
    } else if (field.type === 'reviews') {
      // What the table concluded per open goal; a goal left at "none" was not discussed.
      input = h('fieldset', {id, class: 'reviews', 'aria-describedby': `${id}-error`}, h('legend', {}, label),
        plan.goals.filter((g) => !g.achievedOn && !g.dropped).map((goal) => h('div', {class: 'review',
          'data-goal': goal.number},
        h('label', {}, `${goal.number}. ${goal.description}`, h('select', {name: 'outcome'},
          h('option', {value: ''}, t('form.none')), ENUMS.GoalReviewOutcome.map((outcome) => h('option', {value: outcome},
            t(`enum.GoalReviewOutcome.${outcome}`))))),
        h('label', {}, t('field.reviewNote'), h('input', {type: 'text', name: 'note'})))));
    } else if (field.type === 'perGoal') {
      input = h('fieldset', {id, class: 'per-goal', 'aria-describedby': `${id}-error`}, h('legend', {}, label),
        plan.goals.map((goal) => h('label', {}, `${goal.number}. ${goal.description}`,
          h('textarea', {name: field.name, rows: 2, 'data-goal': goal.number}))));
    } else if (field.type === 'account') {
      input = accountChoice(id, field);
    } else if (field.type === 'checkboxes') {
      input = h('fieldset', {id, class: 'checkboxes', 'aria-describedby': `${id}-error`},
        h('legend', {}, label), field.options(plan).map((option) => h('label', {},
          h('input', {type: 'checkbox', name: field.name, value: option.value}), ' ', option.label)));
    } else {
      input = h('input', {id, name: field.name, type: field.type, required: field.required,
        'aria-describedby': `${id}-error`, value: initial || undefined});
    }
    inputs[field.name] = {field, input, message};
    if (['checkboxes', 'perGoal', 'parts', 'attendance', 'reviews'].includes(field.type)) {
      form.append(h('div', {class: 'field'}, input, message));
    } else if (field.type === 'account') {
      // Found by name or e-mail; what is sent is the stable id the colleague signs in with.
      form.append(h('div', {class: 'field'}, h('label', {for: `${id}-search`}, t('field.accountSearch')),
        input.search, h('label', {for: id}, label, field.required ? h('span', {class: 'required',
          'aria-hidden': 'true'}, ' *') : ''), input, h('p', {class: 'help', id: `${id}-help`},
          t('field.accountHelp')), message));
    } else {
      form.append(h('div', {class: 'field'}, h('label', {for: id}, label, field.required ? h('span', {
        class: 'required', 'aria-hidden': 'true'}, ' *') : ''), input, message));
    }
  }
  // A choice that names something stored (a member to correct) fills in the fields as they are now.
  for (const {field, input} of Object.values(inputs)) {
    if (!field.fills) continue;
    input.addEventListener('change', () => {
      for (const [name, value] of Object.entries(field.fills(plan, input.value))) {
        const target = inputs[name]?.input;
        if (!target) continue;
        if (target.type === 'checkbox') target.checked = Boolean(value);
        else target.value = value ?? '';
      }
    });
  }
  const submit = h('button', {type: 'submit', class: 'primary'}, t(`form.${key}.submit`) !== `form.${key}.submit`
    ? t(`form.${key}.submit`) : t('form.save'));
  const cancel = h('a', {href: plan ? `#/families/${plan.trajectoryId}` : '#/', class: 'button'}, t('form.cancel'));
  form.append(h('div', {class: 'actions'}, submit, cancel));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    summary.hidden = true;
    Object.values(inputs).forEach(({input, message}) => {
      message.hidden = true;
      input.removeAttribute('aria-invalid');
    });
    const values = {};
    // Every required field left empty is marked at once, not one per try.
    const missing = [];
    for (const [name, {field, input}] of Object.entries(inputs)) {
      if (field.type === 'checkbox') values[name] = input.checked;
      else if (field.type === 'parts') {
        values[name] = [...input.querySelectorAll('fieldset.part')].map((part) => ({
          topic: part.querySelector('input[name=topic]').value.trim(),
          memberIds: [...part.querySelectorAll('input[name=memberIds]:checked')].map((box) => box.value),
          participantIds: [...part.querySelectorAll('input[name=participantIds]:checked')].map((box) => box.value),
        })).filter((part) => part.topic !== '');
        if (values[name].length === 0) missing.push(name);
      } else if (field.type === 'attendance') {
        values[name] = {};
        input.querySelectorAll('[data-round-table]').forEach((table) => {
          values[name][table.dataset.roundTable] = [...table.querySelectorAll('[data-part]')].map((part) => ({
            memberIds: [...part.querySelectorAll('input[data-kind=member]:checked')].map((box) => box.value),
            participantIds: [...part.querySelectorAll('input[data-kind=participant]:checked')].map((box) => box.value),
          }));
        });
      }
      else if (field.type === 'reviews') {
        values[name] = [...input.querySelectorAll('.review')].map((review) => ({
          goalNumber: Number(review.dataset.goal), outcome: review.querySelector('select').value,
          note: review.querySelector('input').value.trim() || null})).filter((review) => review.outcome);
      } else if (field.type === 'perGoal') {
        values[name] = [...input.querySelectorAll('textarea')].filter((area) => area.value.trim() !== '')
          .map((area) => ({goalNumber: Number(area.dataset.goal), result: area.value.trim()}));
      }
      else if (field.type === 'checkboxes') {
        values[name] = [...input.querySelectorAll('input:checked')].map((box) => box.value);
        if (field.required && values[name].length === 0) missing.push(name);
      } else {
        values[name] = input.value.trim() === '' ? null : input.value.trim();
        if (field.required && values[name] === null) missing.push(name);
      }
    }
    if (missing.length) {
      missing.forEach((name) => show(inputs[name], t(['checkboxes', 'parts'].includes(inputs[name].field.type)
        ? 'form.chooseAtLeastOne' : 'error.FIELD_REQUIRED')));
      bringTo(inputs[missing[0]].input);
      return;
    }
    submit.disabled = true;
    try {
      const body = spec.body ? spec.body(values, plan) : values;
      const result = await request(spec.method, spec.path(plan, values), body);
      onDone(result);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      // A refusal names every wrong field; each message goes next to its field, the rest above the form.
      const refusals = fieldErrors(error);
      const untargeted = [];
      let first = null;
      for (const refusal of refusals) {
        const target = refusal.field && inputs[fieldName(refusal.field)];
        if (target && target.message.hidden) {
          show(target, errorText(key, refusal, plan));
          first = first || target.input;
        } else if (!target) {
          untargeted.push(errorText(key, refusal, plan));
        }
      }
      if (untargeted.length) {
        summary.textContent = untargeted.join(' ');
        summary.hidden = false;
      }
      bringTo(untargeted.length ? summary : first);
    } finally {
      submit.disabled = false;
    }
  });
  fill(container, form);
  form.querySelector('input, select, textarea')?.focus();
}

/** One (member, category) the family did not consent to, and why. */
function uncoveredText(pair, plan) {
  const member = plan?.family.members.find((m) => m.memberId === pair.memberId)?.name || '';
  const domain = pair.category.lifeDomain ? ` (${t(`enum.LifeDomain.${pair.category.lifeDomain}`)})` : '';
  return t(`consent.uncovered.${pair.reason}`, {member,
    category: t(`enum.InformationCategory.${pair.category.type}`) + domain});
}

/**
 * The refusal as one error per wrong field: the first is the refusal itself (with what it tells
 * beyond its code), the others are the further fields the API listed in {@code errors}.
 */
function fieldErrors(error) {
  const listed = Array.isArray(error.problem.errors) ? error.problem.errors : [];
  const others = listed.slice(1).map((other) => ({code: other.code, field: other.field,
    problem: {code: other.code, field: other.field, detail: other.detail}}));
  return [error, ...others];
}

/** The API names nested fields with dots (registration.route); the form names the last part. */
function fieldName(field) {
  // The other purpose's description is one input in the forms, whether a consent or a disclosure names it.
  if (/^purposes?\.text$/.test(field)) return 'purposeText';
  return field.split('.').pop().replace(/\[\d+]$/, '');
}

function show(entry, text) {
  entry.message.textContent = text;
  entry.message.hidden = false;
  entry.input.setAttribute('aria-invalid', 'true');
}
