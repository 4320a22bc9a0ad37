import { headerData } from '../documents/common';
import { aMember, aModel, anOrganization, aUnit } from '../rules/test-builders';
import { planExport } from './plan';
import { organizationRatings, tableDataOf } from './rating-table';
import { organizationSheet, tableDataOfSheet } from './workbook-data';

describe('tableDataOfSheet', () => {
  it.each([2024, 2025])('builds from the sheet exactly the table tableDataOf builds (%i)', (year) => {
    const unit = aUnit();
    const model = aModel({
      unit,
      organizations: [
        anOrganization({ year, code: 'DB01', name: 'Đảng bộ Sở Y tế', type: 'grassrootsCommittee', finalRating: 'good' }),
        anOrganization({ year, code: 'DB01-CB1', name: 'Chi bộ Khoa Nội', parentCode: 'DB01', secretary: 'Lê Văn Tám' }),
      ],
      members: [
        aMember({ year, organizationCode: 'DB01-CB1', name: 'Lê Văn Tám', birthDate: { year: 1970, month: 1, day: 2 }, score: 91, finalRating: 'excellent', selfRating: 'excellent' }),
        aMember({ year, organizationCode: 'DB01-CB1', name: 'Trần Thị Hoa', partyPosition: 'Chi ủy viên', score: 72.25, finalRating: 'good' }),
        aMember({ year, organizationCode: 'DB01-CB1', name: 'Phan Văn Hải', notRatedReason: 'exempt' }),
        aMember({ year, organizationCode: 'DB01-CB1', name: 'Ngô Văn Bình', notRatedReason: 'suspended', discipline: 'warning' }),
        aMember({ year, organizationCode: 'DB01', name: 'Vũ Văn Nam', score: 45, finalRating: 'incomplete' }),
      ],
    });
    const date = { year: year, month: 12, day: 15 };
    const planned = planExport(model, [], { year, date });
    if (!planned.ok) throw new Error('expected a plan');
    for (const item of planned.plan.items) {
      const ratings = organizationRatings(item.organization, item.members, year, item.subordinates);
      const direct = tableDataOf(ratings, unit, { date, ...(item.parent === undefined ? {} : { parent: item.parent }) });
      const viaSheet = tableDataOfSheet(organizationSheet(item, ratings, unit), headerData(unit, '', date).dateLine);
      expect(viaSheet).toEqual(direct);
    }
  });
});
