/**
 * Days the President closed the executive departments and agencies by executive order, each order saying
 * the day falls "within the scope of Executive Order 11582 … and of 5 U.S.C. 5546 and 6103(b)" (the pay
 * and leave of holidays). Such a day is arguably "any other day declared a holiday by the President" under
 * Fed. R. App. P. 26(a)(6)(B) and Fed. R. Civ. P. 6(a)(6)(B); whether an order that closes agencies,
 * rather than proclaiming a holiday, is such a declaration is contested (rules/calendar/court-days.ts).
 * Sup. Ct. R. 30.1 counts only weekends, 5 U.S.C. § 6103 holidays and days the Court is closed, so these
 * days never move a period counted under it.
 *
 * One row per day. `order` and `signed` were read in the order's Federal Register text (the `fedReg`
 * page) unless the row's `note` says otherwise; a row without `fedReg` was read only in reports of the
 * order: its number or page is still to be checked against the Federal Register (the `note` says which).
 * Half-day closings (e.g. Exec. Order No. 13523, Dec. 24, 2009) close the agencies for part of a day only
 * and are left out.
 * Add a row when a President closes the agencies again (it is the only place to change).
 */
import type { IsoDate } from "@/rules/calendar/dates";

export interface ExecutiveClosure {
  /** The day the agencies were closed. */
  date: IsoDate;
  /** The executive order, as "Exec. Order No. 14371", when its number is known. */
  order?: string;
  /** The day the President signed it. */
  signed: IsoDate;
  /** Where the order was published, as "90 Fed. Reg. 187 (Jan. 3, 2025)". */
  fedReg?: string;
  /** What the row still lacks, or why the day was closed. */
  note: string;
}

export const EXECUTIVE_CLOSURES: readonly ExecutiveClosure[] = [
  {
    date: "2014-12-26",
    order: "Exec. Order No. 13682",
    signed: "2014-12-05",
    fedReg: "79 Fed. Reg. 73459 (Dec. 10, 2014)",
    note: "The day after Christmas Day.",
  },
  {
    date: "2018-12-05",
    order: "Exec. Order No. 13852",
    signed: "2018-12-01",
    fedReg: "83 Fed. Reg. 62687 (Dec. 4, 2018)",
    note: "A mark of respect for President George H. W. Bush.",
  },
  {
    date: "2018-12-24",
    order: "Exec. Order No. 13854",
    signed: "2018-12-18",
    fedReg: "83 Fed. Reg. 65481 (Dec. 21, 2018)",
    note: "The day before Christmas Day.",
  },
  {
    date: "2019-12-24",
    order: "Exec. Order No. 13900",
    signed: "2019-12-17",
    fedReg: "84 Fed. Reg. 69983 (Dec. 20, 2019)",
    note: "The day before Christmas Day.",
  },
  {
    date: "2020-12-24",
    signed: "2020-12-11",
    note: "The day before Christmas Day. Order number and Federal Register page not yet checked (news reports of the order of Dec. 11, 2020).",
  },
  {
    date: "2024-12-24",
    order: "Exec. Order No. 14129",
    signed: "2024-12-19",
    fedReg: "89 Fed. Reg. 104857 (Dec. 2024)",
    note: "The day before Christmas Day. Number and page read in a summary of FR Doc. 2024-31143, not on the page itself.",
  },
  {
    date: "2025-01-09",
    order: "Exec. Order No. 14133",
    signed: "2024-12-30",
    fedReg: "90 Fed. Reg. 187 (Jan. 3, 2025)",
    note: "A mark of respect for President Jimmy Carter.",
  },
  {
    date: "2025-12-24",
    order: "Exec. Order No. 14371",
    signed: "2025-12-18",
    note: "The day before Christmas Day. Federal Register page (published Dec. 23, 2025) not yet checked.",
  },
  {
    date: "2025-12-26",
    order: "Exec. Order No. 14371",
    signed: "2025-12-18",
    note: "The day after Christmas Day. Federal Register page (published Dec. 23, 2025) not yet checked.",
  },
];
