import { describe, expect, test } from "vitest";
import { COURT_STATES } from "@/rules/facts/schema";
import { CIRCUITS, CIRCUIT_OF_STATE, circuitOf, type CircuitId } from "@/rules/data/circuits";

const STATES_50 = COURT_STATES.filter((code) => !["DC", "PR", "VI", "GU", "MP"].includes(code));
const AVENUES = ["validConviction", "arrestRecords", "unlawfulRecords"] as const;

describe("28 U.S.C. § 41 (rules/README.md § circuits): state/territory → circuit", () => {
  test("all 50 states plus DC, PR, VI, GU and MP map to a circuit", () => {
    expect(STATES_50).toHaveLength(50);
    for (const code of COURT_STATES) expect(CIRCUITS[CIRCUIT_OF_STATE[code]], code).toBeDefined();
    expect(Object.keys(CIRCUIT_OF_STATE).sort()).toEqual([...COURT_STATES].sort());
  });
  test.for([
    ["DC", "D.C."], ["PR", "1st"], ["VI", "3rd"], ["GU", "9th"], ["MP", "9th"], ["CO", "10th"], ["FL", "11th"],
    ["GA", "11th"], ["AL", "11th"], ["MD", "4th"], ["WV", "4th"], ["NY", "2nd"], ["VT", "2nd"], ["TX", "5th"],
    ["TN", "6th"], ["WI", "7th"], ["ND", "8th"], ["AK", "9th"], ["WY", "10th"], ["OK", "10th"], ["DE", "3rd"],
  ] as const)("%s → %s Circuit", ([state, circuit]) => {
    expect(CIRCUIT_OF_STATE[state]).toBe(circuit);
  });
  test("every circuit of the table has at least one state or territory", () => {
    const used = new Set(Object.values(CIRCUIT_OF_STATE));
    expect([...used].sort()).toEqual((Object.keys(CIRCUITS) as CircuitId[]).sort());
  });
  test("the state counts per circuit of rules/README.md § circuits", () => {
    const count = (id: CircuitId) => Object.values(CIRCUIT_OF_STATE).filter((c) => c === id).length;
    expect([count("1st"), count("2nd"), count("3rd"), count("4th"), count("5th"), count("6th"), count("7th")]).toEqual([5, 3, 4, 5, 3, 4, 3]);
    expect([count("8th"), count("9th"), count("10th"), count("11th"), count("D.C.")]).toEqual([7, 11, 6, 3, 1]);
  });
});

describe("rules/README.md § judicial-expungement: circuit table", () => {
  test.for(Object.values(CIRCUITS))("$name: every stance cites a case of its own circuit, with its year and a source", (circuit) => {
    const court = circuit.id === "D.C." ? "D.C. Cir." : circuit.id === "2nd" ? "2d Cir." : circuit.id === "3rd" ? "3d Cir." : `${circuit.id} Cir.`;
    for (const avenue of AVENUES) {
      const stance = circuit[avenue];
      expect(stance.case, avenue).toMatch(/ v\. /);
      expect(stance.case, avenue).toContain(court);
      expect(stance.case, avenue).toContain(String(stance.year));
      expect(stance.source.length, avenue).toBeGreaterThan(0);
    }
  });
  test("valid convictions: no in the 1st–11th, unsettled only in the D.C. Circuit", () => {
    for (const circuit of Object.values(CIRCUITS)) {
      expect(circuit.validConviction.stance, circuit.id).toBe(circuit.id === "D.C." ? "unsettled" : "no");
    }
  });
  test("10th: Tokoph (2014, published); 11th: Batmasian (2023, published, pardoned included); 4th: Mettetal, unpublished only", () => {
    expect(CIRCUITS["10th"].validConviction).toMatchObject({ year: 2014, published: true });
    expect(CIRCUITS["10th"].validConviction.case).toContain("Tokoph");
    expect(CIRCUITS["11th"].validConviction).toMatchObject({ year: 2023, published: true });
    expect(CIRCUITS["11th"].validConviction.case).toContain("Batmasian");
    expect(CIRCUITS["11th"].pardonedIncluded).toBe(true);
    expect(CIRCUITS["4th"].validConviction).toMatchObject({ published: false });
    expect(CIRCUITS["4th"].validConviction.case).toContain("Mettetal");
  });
  test("arrest records: possible only in the 2nd, 4th, 10th and D.C. (screener rule line)", () => {
    const open = Object.values(CIRCUITS).filter((c) => c.arrestRecords.stance !== "no").map((c) => c.id);
    expect(open.sort()).toEqual(["10th", "2nd", "4th", "D.C."].sort());
  });
  test("unlawful records: open in the 9th (Sumner) and 10th (Pinto); unsettled where the only decision against is unpublished (4th Mettetal, 11th Adalikwu); closed nowhere", () => {
    expect(CIRCUITS["9th"].unlawfulRecords).toMatchObject({ stance: "possible", addressed: true });
    expect(CIRCUITS["10th"].unlawfulRecords.case).toContain("Pinto");
    expect(CIRCUITS["4th"].unlawfulRecords).toMatchObject({ stance: "unsettled", published: false });
    expect(CIRCUITS["4th"].unlawfulRecords.case).toContain("Mettetal");
    expect(CIRCUITS["11th"].unlawfulRecords).toMatchObject({ stance: "unsettled", published: false });
    expect(CIRCUITS["11th"].unlawfulRecords.case).toContain("Adalikwu");
    expect(Object.values(CIRCUITS).filter((c) => c.unlawfulRecords.stance === "no")).toEqual([]);
  });
  test("circuitOf reads the map", () => {
    expect(circuitOf("CO").id).toBe("10th");
    expect(circuitOf("DC").name).toBe("D.C. Circuit");
  });
});
