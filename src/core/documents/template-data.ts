// The data each built-in template is rendered with: the contract between src/core/documents (which
// fills it from the model) and templates/*.docx (authored by scripts/build-templates.ts). Every text is
// final Vietnamese wording; templates only lay it out (domain/FORMAT.md).

/** One line of a list paragraph. */
export interface Line {
  readonly text: string;
}

/** Box 1–4 of the header block (FORMAT.md "Header block"). */
export interface HeaderData {
  /** "ĐẢNG BỘ TỈNH KHÁNH HÒA" (upper case; empty when the workbook has none). */
  readonly superiorBody: string;
  /** "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH" (upper case). */
  readonly issuingBody: string;
  /** "Số 05-NQ/ĐU" (REGULATIONS.md §3). */
  readonly documentNumber: string;
  /** "Khánh Hòa, ngày 10 tháng 12 năm 2025" (REGULATIONS.md §5). */
  readonly dateLine: string;
}

/** Signature block: authority, title, name (FORMAT.md "Signature block"). */
export interface SignatureData {
  /** "T/M BAN CHẤP HÀNH" — empty when the signer signs in their own name. */
  readonly authority: string;
  /** "BÍ THƯ" */
  readonly title: string;
  readonly name: string;
}

interface CommonData {
  readonly header: HeaderData;
  /** Trích yếu under the document type. */
  readonly summaryLine: string;
  /** "- Ban Thường vụ Tỉnh ủy (để báo cáo)," … the last one "- Lưu Văn phòng Đảng ủy." */
  readonly recipients: readonly Line[];
  readonly signature: SignatureData;
}

/** nghi-quyet.docx */
export interface ResolutionData extends CommonData {
  /** "- Căn cứ Điều lệ Đảng;" … */
  readonly basis: readonly Line[];
  /** Date, venue, chairs and attendance "30/34 đồng chí Ủy viên Ban Chấp hành". */
  readonly opening: string;
  /** What the conference heard and discussed. */
  readonly heard: readonly Line[];
  readonly decisions: readonly {
    /** "1." */
    readonly number: string;
    /** The decision with its vote result ("… (với 30/34 đồng chí tán thành)."). */
    readonly text: string;
  }[];
  /** "Giao Ban Thường vụ Đảng ủy chỉ đạo, tổ chức thực hiện Nghị quyết này." */
  readonly implementation: string;
}

/** thong-bao-ket-luan.docx */
export interface ConclusionNoticeData extends CommonData {
  /** "Ngày …, tại …, Ban Thường vụ Đảng ủy … tổ chức Hội nghị lần thứ … Đồng chí … chủ trì." */
  readonly intro: string;
  /** "Sau khi nghe …, ý kiến thảo luận của các đại biểu, đồng chí … kết luận như sau:" */
  readonly lead: string;
  readonly conclusions: readonly {
    readonly number: string;
    readonly text: string;
    /** "Giao X chủ trì thực hiện, hoàn thành trước ngày …" or empty. */
    readonly assignment: string;
  }[];
  /** Closing sentence, e.g. "Ban Thường vụ Đảng ủy thông báo để các tổ chức đảng … biết, thực hiện." */
  readonly closing: string;
}

/** bien-ban.docx (HD 16-HD/VPTW) */
export interface MinutesData {
  readonly header: HeaderData;
  readonly summaryLine: string;
  /** "Thời gian: bắt đầu lúc 8 giờ 00, ngày …" */
  readonly time: string;
  readonly venue: string;
  readonly content: string;
  readonly chairs: string;
  readonly minuteTaker: string;
  /** "Có mặt: 30/34 đồng chí Ủy viên Ban Chấp hành." */
  readonly presentLine: string;
  /** "Vắng mặt: 04 đồng chí:" or "Vắng mặt: không." */
  readonly absentLine: string;
  readonly absentees: readonly Line[];
  /** "Đại biểu mời:" or empty. */
  readonly guestsLine: string;
  readonly guests: readonly Line[];
  readonly items: readonly {
    /** "2.1." */
    readonly number: string;
    readonly content: string;
    /** "Đồng chí … trình bày." or empty. */
    readonly presenter: string;
    /** For a vote: "Hình thức biểu quyết: giơ tay. Kết quả: …" with for / against / abstained, or empty. */
    readonly vote: string;
    readonly decision: string;
  }[];
  /** The chair's conclusion (from `Kết luận` rows, one per line). */
  readonly conclusions: readonly Line[];
  /** "Hội nghị kết thúc lúc 11 giờ 30 cùng ngày." */
  readonly closingTime: string;
  readonly minuteTakerSignature: { readonly title: string; readonly name: string };
  readonly chairSignature: { readonly title: string; readonly name: string };
}

export interface LevelCount {
  /** "Hoàn thành xuất sắc nhiệm vụ" */
  readonly level: string;
  readonly count: string;
  /** "16,67%" */
  readonly percent: string;
  /** "tăng 2 so với năm 2024" or empty. */
  readonly comparison: string;
}

/** bao-cao-xep-loai.docx */
export interface RatingReportData extends CommonData {
  readonly year: string;
  /** I. Công tác lãnh đạo, chỉ đạo — paragraphs. */
  readonly leadership: readonly Line[];
  /** II.1 "Tổng số tổ chức đảng được đánh giá, xếp loại: 12/12 …" */
  readonly organizationsIntro: string;
  readonly organizationLevels: readonly LevelCount[];
  /** II.2 "Tổng số đảng viên: 300; được đánh giá, xếp loại: 292 …" */
  readonly membersIntro: string;
  /** "Không xếp loại: 8 đồng chí (miễn sinh hoạt 3; mới kết nạp 5)." or empty. */
  readonly notRatedLine: string;
  readonly memberLevels: readonly LevelCount[];
  /** Targets from `Đơn vị`: a heading line, then one line each with met / not met; empty list when none. */
  readonly targets: readonly Line[];
  /** III. Đánh giá chung. */
  readonly assessment: readonly Line[];
  /** IV. Đề xuất, kiến nghị. */
  readonly proposals: readonly Line[];
  /** The summary table: one row per organization. */
  readonly organizations: readonly {
    readonly number: string;
    readonly name: string;
    readonly members: string;
    readonly excellent: string;
    readonly good: string;
    readonly complete: string;
    readonly incomplete: string;
    readonly notRated: string;
    readonly rating: string;
  }[];
  readonly totals: {
    readonly members: string;
    readonly excellent: string;
    readonly good: string;
    readonly complete: string;
    readonly incomplete: string;
    readonly notRated: string;
  };
}

/** bang-xep-loai.docx — the yearly rating table of one organization (bulk export). */
export interface RatingTableData {
  readonly header: HeaderData;
  readonly year: string;
  /** "BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2025" */
  readonly title: string;
  readonly organizationName: string;
  /** Scores column shown (rating years ≥ 2025). */
  readonly hasScores: boolean;
  readonly rows: readonly {
    readonly number: string;
    readonly name: string;
    readonly birthDate: string;
    readonly position: string;
    readonly score: string;
    readonly selfRating: string;
    readonly proposedRating: string;
    readonly finalRating: string;
    readonly note: string;
  }[];
  readonly levels: readonly LevelCount[];
  readonly notRatedLine: string;
  readonly signature: SignatureData;
}
