import type { Member, Organization, RatingLevel } from '../model/types';
import { addressOf, ratingRank } from '../model/types';
import type { Finding } from '../findings';
import { formatDecimal } from '../text/format';
import { cellRef, isMember, ratingNames, subjectOf } from './labels';
import { firstYearOfScores, ratingYears } from './rating-index';
import { makeFinding, type Rule } from './rule';

/** QĐ 366 Điều 11 (REGULATIONS.md §1.3): ≥ 90 / 70–<90 / 50–<70 / < 50. */
export function scoreBand(score: number): RatingLevel {
  if (score >= 90) return 'excellent';
  if (score >= 70) return 'good';
  if (score >= 50) return 'complete';
  return 'incomplete';
}

const bandText: Readonly<Record<RatingLevel, string>> = {
  excellent: '≥ 90',
  good: '70 – dưới 90',
  complete: '50 – dưới 70',
  incomplete: 'dưới 50',
};

const bandTextEn: Readonly<Record<RatingLevel, string>> = {
  excellent: '≥ 90',
  good: '70 – under 90',
  complete: '50 – under 70',
  incomplete: 'under 50',
};

function isDisciplined(record: Member | Organization): boolean {
  return isMember(record) ? record.discipline !== undefined : record.disciplined;
}

/**
 * A rating below its band is allowed where the sheet cannot tell: excellent needs conditions beyond the score
 * (so ≥ 90 may be good), and a disciplined case is incomplete whatever its score.
 */
function contradicts(rating: RatingLevel, band: RatingLevel, record: Member | Organization): boolean {
  if (ratingRank(rating) > ratingRank(band)) return true;
  if (rating === band) return false;
  if (band === 'excellent' && rating === 'good') return false;
  return !(rating === 'incomplete' && isDisciplined(record));
}

/** R5: from rating year 2025 the final rating follows the score band. */
export const r5ScoreBand: Rule = {
  id: 'R5',
  severity: 'error',
  appliesToYear: (year) => year >= firstYearOfScores,
  check(context) {
    const findings: Finding[] = [];
    for (const year of ratingYears(context, r5ScoreBand.appliesToYear)) {
      const check = (record: Member | Organization) => {
        const { score, finalRating: rating } = record;
        if (score === undefined || rating === undefined) return;
        const band = scoreBand(score);
        if (!contradicts(rating, band, record)) return;
        const cell = addressOf(record.source, 'finalRating');
        const at = cellRef(record.source.sheet, cell);
        const scoreAt = cellRef(record.source.sheet, addressOf(record.source, 'score'));
        const subject = subjectOf(record);
        const message = {
          vi: `${at}: ${subject.vi} có Điểm ${formatDecimal(score)} (${scoreAt}), thuộc khung ${bandText[band]} điểm của mức ${ratingNames[band].vi}, nhưng được xếp loại ${ratingNames[rating].vi} năm ${year.year}. Từ năm 2025 mức xếp loại theo khung điểm (Quy định 366-QĐ/TW); sửa Xếp loại hoặc Điểm cho khớp.`,
          en: `${at}: ${subject.en} has the score ${score} (${scoreAt}), in the band ${bandTextEn[band]} of ${ratingNames[band].en}, yet is rated ${ratingNames[rating].en} in ${year.year}. From 2025 the level follows the score band (QĐ 366-QĐ/TW); make the rating and the score agree.`,
        };
        // The band names the level unless it is excellent, whose other conditions are not in the sheet.
        findings.push(
          band === 'excellent'
            ? makeFinding('R5', 'error', record.source.sheet, cell, message)
            : makeFinding('R5', 'error', record.source.sheet, cell, message, ratingNames[band].vi),
        );
      };
      year.members.forEach(check);
      year.organizations.forEach(check);
    }
    return findings;
  },
};
