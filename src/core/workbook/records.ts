// One builder per table sheet: the current row of a TableReader → a model record (undefined when a
// value the model cannot do without is missing; its finding is already reported).
import {
  type AgendaItem,
  type Conclusion,
  type Conference,
  type Member,
  type Organization,
  organizationTypes,
} from '../model/types';
import { agendaKindOptions, organizationTypeOptions } from './contract';
import type { TableReader } from './table-reader';
import {
  agendaKindChoice,
  bodyChoice,
  disciplineChoice,
  genderChoice,
  memberTypeChoice,
  notRatedChoice,
  organizationTypeChoice,
  parseAbsentees,
  parseGuests,
  parsePeople,
  parsePerson,
} from './values';

export type RowBuilder<T> = () => T | undefined;

export function conferenceBuilder(r: TableReader): RowBuilder<Conference> {
  const c = r.indexes([
    'code', 'body', 'number', 'date', 'startTime', 'endTime', 'venue', 'chairs', 'minuteTaker', 'totalMembers', 'present',
    'absentees', 'guests', 'summary', 'resolutionNumber', 'resolutionDate', 'noticeNumber', 'noticeDate', 'minutesNumber',
    'concluder', 'note',
  ] as const);
  return () => {
    const code = r.text(c.code);
    const body = r.choice(c.body, bodyChoice);
    const number = r.integer(c.number, 'positive');
    const date = r.date(c.date);
    const startTime = r.time(c.startTime);
    const endTime = r.time(c.endTime);
    const venue = r.text(c.venue);
    const chairs = r.text(c.chairs);
    const minuteTaker = r.text(c.minuteTaker);
    const totalMembers = r.integer(c.totalMembers);
    const present = r.integer(c.present);
    const absentees = r.text(c.absentees);
    const guests = r.text(c.guests);
    const summary = r.text(c.summary);
    const resolutionNumber = r.integer(c.resolutionNumber, 'positive');
    const resolutionDate = r.date(c.resolutionDate);
    const noticeNumber = r.integer(c.noticeNumber, 'positive');
    const noticeDate = r.date(c.noticeDate);
    const minutesNumber = r.integer(c.minutesNumber, 'positive');
    const concluder = r.text(c.concluder);
    const note = r.text(c.note);
    if (code === undefined) return undefined;
    return {
      code,
      body,
      number,
      date,
      startTime,
      endTime,
      venue,
      chairs: chairs === undefined ? [] : parsePeople(chairs),
      minuteTaker: minuteTaker === undefined ? undefined : parsePerson(minuteTaker),
      totalMembers,
      present,
      absentees: absentees === undefined ? [] : parseAbsentees(absentees),
      guests: guests === undefined ? [] : parseGuests(guests),
      summary,
      resolutionNumber,
      resolutionDate,
      noticeNumber,
      noticeDate,
      minutesNumber,
      concluder: concluder === undefined ? undefined : parsePerson(concluder),
      note,
      source: r.source(),
    };
  };
}

/** Row order within a conference, for STT left empty. */
function orderCounter(): (code: string) => number {
  const counts = new Map<string, number>();
  return (code) => {
    const next = (counts.get(code) ?? 0) + 1;
    counts.set(code, next);
    return next;
  };
}

export function agendaItemBuilder(r: TableReader): RowBuilder<AgendaItem> {
  const c = r.indexes([
    'conferenceCode', 'order', 'content', 'kind', 'presenter', 'votesFor', 'votesAgainst', 'abstentions', 'decision',
  ] as const);
  const nextOrder = orderCounter();
  const votes = [c.votesFor, c.votesAgainst, c.abstentions] as const;
  return () => {
    const conferenceCode = r.text(c.conferenceCode);
    const order = r.integer(c.order);
    const content = r.text(c.content);
    const kind = r.choice(c.kind, agendaKindChoice) ?? 'discussion';
    const presenter = r.text(c.presenter);
    const votesFor = r.integer(c.votesFor);
    const votesAgainst = r.integer(c.votesAgainst);
    const abstentions = r.integer(c.abstentions);
    const decision = r.text(c.decision);
    if (kind === 'vote' || kind === 'election') {
      // WORKBOOK.md: Tán thành, Không tán thành, Không biểu quyết are required when Hình thức is Biểu quyết/Bầu cử.
      const label = agendaKindOptions[kind === 'vote' ? 2 : 3];
      const condition = { vi: `Hình thức là "${label}"`, en: `Hình thức is "${label}"` };
      for (const index of votes) {
        if (!r.has(index)) r.requireColumn(index);
        else if (r.isBlank(index)) r.requireValue(index, condition);
      }
    }
    if (conferenceCode === undefined || content === undefined) return undefined;
    const rowOrder = nextOrder(conferenceCode);
    return {
      conferenceCode,
      order: order ?? rowOrder,
      content,
      kind,
      presenter,
      votesFor,
      votesAgainst,
      abstentions,
      decision,
      source: r.source(),
    };
  };
}

export function conclusionBuilder(r: TableReader): RowBuilder<Conclusion> {
  const c = r.indexes(['conferenceCode', 'order', 'content', 'owner', 'deadline'] as const);
  const nextOrder = orderCounter();
  return () => {
    const conferenceCode = r.text(c.conferenceCode);
    const order = r.integer(c.order);
    const content = r.text(c.content);
    const owner = r.text(c.owner);
    const deadline = r.date(c.deadline);
    if (conferenceCode === undefined || content === undefined) return undefined;
    const rowOrder = nextOrder(conferenceCode);
    return { conferenceCode, order: order ?? rowOrder, content, owner, deadline, source: r.source() };
  };
}

export function organizationBuilder(r: TableReader): RowBuilder<Organization> {
  const c = r.indexes([
    'year', 'code', 'name', 'type', 'parentCode', 'group', 'secretary', 'memberCount', 'score', 'selfRating', 'proposedRating',
    'finalRating', 'disciplined', 'selfRemedied', 'note',
  ] as const);
  return () => {
    const year = r.integer(c.year, 'year');
    const code = r.text(c.code);
    const name = r.text(c.name);
    const type = r.choice(c.type, organizationTypeChoice);
    const parentCode = r.text(c.parentCode);
    const group = r.text(c.group);
    const secretary = r.text(c.secretary);
    const memberCount = r.integer(c.memberCount);
    const score = r.score(c.score);
    const selfRating = r.rating(c.selfRating);
    const proposedRating = r.rating(c.proposedRating);
    const finalRating = r.rating(c.finalRating);
    const disciplined = r.boolean(c.disciplined);
    const selfRemedied = r.boolean(c.selfRemedied);
    const note = r.text(c.note);
    if (year === undefined || code === undefined || name === undefined) return undefined;
    return {
      year,
      code,
      name,
      type,
      parentCode,
      // R1 quota group: Nhóm, or the Loại label (REGULATIONS.md §1.5).
      group: group ?? (type === undefined ? '' : (organizationTypeOptions[organizationTypes.indexOf(type)] ?? '')),
      secretary,
      memberCount,
      score,
      selfRating,
      proposedRating,
      finalRating,
      disciplined,
      selfRemedied,
      note,
      source: r.source(),
    };
  };
}

export function memberBuilder(r: TableReader): RowBuilder<Member> {
  const c = r.indexes([
    'year', 'order', 'name', 'birthDate', 'gender', 'cardNumber', 'organizationCode', 'partyPosition', 'governmentPosition',
    'head', 'memberType', 'admissionDate', 'notRatedReason', 'discipline', 'selfRemedied', 'score', 'selfRating',
    'proposedRating', 'finalRating', 'note',
  ] as const);
  return () => {
    const year = r.integer(c.year, 'year');
    const order = r.integer(c.order);
    const name = r.text(c.name);
    const birthDate = r.date(c.birthDate);
    const gender = r.choice(c.gender, genderChoice);
    const cardNumber = r.text(c.cardNumber);
    const organizationCode = r.text(c.organizationCode);
    const partyPosition = r.text(c.partyPosition);
    const governmentPosition = r.text(c.governmentPosition);
    const head = r.boolean(c.head);
    const memberType = r.choice(c.memberType, memberTypeChoice);
    const admissionDate = r.date(c.admissionDate);
    const notRatedReason = r.choice(c.notRatedReason, notRatedChoice);
    const discipline = r.choice(c.discipline, disciplineChoice);
    const selfRemedied = r.boolean(c.selfRemedied);
    const score = r.score(c.score);
    const selfRating = r.rating(c.selfRating);
    const proposedRating = r.rating(c.proposedRating);
    const finalRating = r.rating(c.finalRating);
    const note = r.text(c.note);
    if (year === undefined || name === undefined || organizationCode === undefined) return undefined;
    return {
      year,
      order,
      name,
      birthDate,
      gender,
      cardNumber,
      organizationCode,
      partyPosition,
      governmentPosition,
      head,
      memberType,
      admissionDate,
      notRatedReason,
      discipline,
      selfRemedied,
      score,
      selfRating,
      proposedRating,
      finalRating,
      note,
      source: r.source(),
    };
  };
}
