// Conferences and their agenda items indexed by code once per model, so the C rules stay O(n).
import { codeKey, totalMembersOf } from '../model/conference';
import type { AgendaItem, Conference, WorkbookModel } from '../model/types';
import { addressOf } from '../model/types';
import { cellRef } from './labels';
import type { Message } from './rule';

export interface ConferenceIndex {
  /** The first conference with this code (V10 reports the others). */
  conference(code: string): Conference | undefined;
  itemsOf(code: string): readonly AgendaItem[];
}

const cache = new WeakMap<WorkbookModel, ConferenceIndex>();
const none: readonly AgendaItem[] = [];

export function conferenceIndex(model: WorkbookModel): ConferenceIndex {
  const cached = cache.get(model);
  if (cached !== undefined) return cached;
  const conferences = new Map<string, Conference>();
  for (const conference of model.conferences) {
    const key = codeKey(conference.code);
    if (!conferences.has(key)) conferences.set(key, conference);
  }
  const items = new Map<string, AgendaItem[]>();
  for (const item of model.agendaItems) {
    const key = codeKey(item.conferenceCode);
    const list = items.get(key);
    if (list === undefined) items.set(key, [item]);
    else list.push(item);
  }
  const index: ConferenceIndex = {
    conference: (code) => conferences.get(codeKey(code)),
    itemsOf: (code) => items.get(codeKey(code)) ?? none,
  };
  cache.set(model, index);
  return index;
}

/** Where Tổng số ủy viên came from, for messages: the conference row, or the body's size in `Đơn vị`. */
export function totalMembersPlace(conference: Conference, model: WorkbookModel): Message {
  const total = totalMembersOf(conference, model.unit);
  if (conference.totalMembers !== undefined || model.unit === undefined) {
    const place = cellRef(conference.source.sheet, addressOf(conference.source, 'totalMembers'));
    return { vi: `Tổng số ủy viên ${total} (${place})`, en: `${total} members in total (${place})` };
  }
  const field = conference.body === 'standingBoard' ? 'standingBoardSize' : 'executiveCommitteeSize';
  const label = conference.body === 'standingBoard' ? 'Số ủy viên Ban Thường vụ' : 'Số ủy viên Ban Chấp hành';
  const place = cellRef(model.unit.sheet, model.unit.cells[field] ?? '');
  return {
    vi: `Tổng số ủy viên ${total} (${label}, ${place})`,
    en: `${total} members in total (${label}, ${place})`,
  };
}
