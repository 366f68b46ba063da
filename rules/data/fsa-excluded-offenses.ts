/**
 * 18 U.S.C. § 3632(d)(4)(D) — the offenses whose prisoners cannot earn First Step Act time credits.
 *
 * "A prisoner is ineligible to receive time credits under this paragraph if the prisoner is serving a
 *  sentence for a conviction under any of the following provisions of law: …" — clauses (i) to (lxviii).
 *
 * Source: 18 U.S.C. § 3632(d)(4)(D) [V-stat], copied from a snapshot of the U.S. Code of about April 2023;
 * official text https://www.law.cornell.edu/uscode/text/18/3632 . A second verification pass (rules/README.md § fsa-time-credits): no
 * enacted amendment found; S. 1771 (119th), which would widen clause (v) to all of § 111, was pending as of
 * 2026-06-01.
 * Not modelled: how the Bureau of Prisons codes attempts and conspiracies to commit a listed offense
 * (rules/README.md § fsa-time-credits, UNVERIFIED); aggregated sentences (BOP treats the whole aggregate as ineligible,
 * UNVERIFIED).
 *
 * One row per clause, in the statute's order. The UI renders this as a searchable checklist: `plainName`
 * is written for a 6th-grade reader; `condition` (when present) is the clause's "only if" or "except".
 */
export interface ExcludedOffenseClause {
  /** The clause's roman numeral, lower case, without parentheses: "i" … "lxviii". */
  clause: string;
  /** The provision of law, as a lawyer writes it. Title 18 unless another title is named. */
  provision: string;
  /** What the crime is, in plain words. */
  plainName: string;
  /** A limit the clause itself sets ("only if …", "except …"), in plain words. */
  condition?: string;
}

export const FSA_EXCLUDED_OFFENSES: readonly ExcludedOffenseClause[] = [
  { clause: "i", provision: "18 U.S.C. § 32", plainName: "Destroying or damaging an aircraft or an airport building" },
  { clause: "ii", provision: "18 U.S.C. § 33", plainName: "Destroying or damaging a truck, bus or other vehicle used in trade between states, or its buildings" },
  { clause: "iii", provision: "18 U.S.C. § 36", plainName: "Drive-by shooting" },
  { clause: "iv", provision: "18 U.S.C. § 81", plainName: "Setting a fire (arson) on federal land or a U.S. ship" },
  {
    clause: "v",
    provision: "18 U.S.C. § 111(b)",
    plainName: "Attacking or fighting a federal officer with a weapon, or hurting the officer",
    condition: "Only § 111(b), with a weapon or an injury. Other § 111 cases are not on the list.",
  },
  {
    clause: "vi",
    provision: "18 U.S.C. § 113(a)(1), (7) or (8)",
    plainName: "Serious assault: trying to kill someone, badly hurting a partner or a child under 16, or choking a partner",
    condition: "Only § 113(a)(1), (a)(7) or (a)(8). Other assaults under § 113 are not on the list.",
  },
  {
    clause: "vii",
    provision: "18 U.S.C. § 115",
    plainName: "Hurting a federal official's family member to scare or get back at the official",
    condition: "A threat alone under § 115 is not on the list.",
  },
  { clause: "viii", provision: "18 U.S.C. § 116", plainName: "Female genital mutilation (cutting a girl's genitals)" },
  { clause: "ix", provision: "18 U.S.C. § 117", plainName: "Domestic assault by someone with earlier domestic violence convictions" },
  { clause: "x", provision: "18 U.S.C. ch. 10 (any section)", plainName: "Biological weapons (germs or toxins used as weapons)" },
  { clause: "xi", provision: "18 U.S.C. ch. 11B (any section)", plainName: "Chemical weapons" },
  { clause: "xii", provision: "18 U.S.C. § 351", plainName: "Killing, kidnapping or attacking a member of Congress, a Cabinet member or a Supreme Court justice" },
  { clause: "xiii", provision: "18 U.S.C. § 521", plainName: "Crimes by members of a criminal street gang" },
  { clause: "xiv", provision: "18 U.S.C. § 751", plainName: "Escaping from prison or from an officer's custody" },
  { clause: "xv", provision: "18 U.S.C. § 793", plainName: "Gathering, sending or losing secret defense information" },
  { clause: "xvi", provision: "18 U.S.C. § 794", plainName: "Giving secret defense information to a foreign government (spying)" },
  {
    clause: "xvii",
    provision: "18 U.S.C. ch. 39 (any section except § 836)",
    plainName: "Explosives and other dangerous materials",
    condition: "Except § 836 (shipping fireworks into a state where they are banned).",
  },
  {
    clause: "xviii",
    provision: "18 U.S.C. § 842(p)",
    plainName: "Sharing instructions for making explosives or weapons of mass destruction",
    condition: "Only if the case involved a weapon of mass destruction (18 U.S.C. § 2332a(c)).",
  },
  { clause: "xix", provision: "18 U.S.C. § 844(f)(3), (h) or (i)", plainName: "Using fire or explosives to damage property, or to commit another federal crime" },
  { clause: "xx", provision: "18 U.S.C. § 871", plainName: "Threatening the President, the Vice President or the next in line" },
  { clause: "xxi", provision: "18 U.S.C. § 879", plainName: "Threatening a former President or certain other protected people" },
  { clause: "xxii", provision: "18 U.S.C. § 924(c)", plainName: "Having or using a gun during a violent crime or a drug trafficking crime" },
  { clause: "xxiii", provision: "18 U.S.C. § 1030(a)(1)", plainName: "Computer hacking to get secret national security information" },
  { clause: "xxiv", provision: "18 U.S.C. § 1091", plainName: "Genocide (trying to destroy a whole group of people)" },
  {
    clause: "xxv",
    provision: "18 U.S.C. ch. 51 (any section, with exceptions)",
    plainName: "Murder and other killings",
    condition:
      "Not on the list: § 1112 (manslaughter), § 1113 when the attempt was to commit manslaughter (attempted murder stays on the list), § 1115 (ship officers' misconduct) and § 1122 (HIV).",
  },
  { clause: "xxvi", provision: "18 U.S.C. ch. 55 (any section)", plainName: "Kidnapping" },
  {
    clause: "xxvii",
    provision: "18 U.S.C. ch. 77 (any offense except §§ 1593–1596)",
    plainName: "Slavery, forced labor and human trafficking",
    condition: "Except §§ 1593 through 1596.",
  },
  { clause: "xxviii", provision: "18 U.S.C. § 1751", plainName: "Killing, kidnapping or attacking the President or White House staff" },
  { clause: "xxix", provision: "18 U.S.C. § 1791", plainName: "Bringing or having forbidden items (contraband) in prison" },
  { clause: "xxx", provision: "18 U.S.C. § 1792", plainName: "Starting or joining a prison riot" },
  { clause: "xxxi", provision: "18 U.S.C. § 1841(a)(2)(C)", plainName: "Killing or trying to kill an unborn child on purpose during another crime" },
  { clause: "xxxii", provision: "18 U.S.C. § 1992", plainName: "Attacking trains, buses or other mass transportation" },
  {
    clause: "xxxiii",
    provision: "18 U.S.C. § 2113(e)",
    plainName: "Bank robbery where someone was killed or forced to go along",
    condition: "Only § 2113(e). Other bank robbery cases under § 2113 are not on the list.",
  },
  {
    clause: "xxxiv",
    provision: "18 U.S.C. § 2118(c)",
    plainName: "Robbery or burglary of drugs from a pharmacy or registrant with an assault, a weapon or a death",
    condition: "Only § 2118(c).",
  },
  { clause: "xxxv", provision: "18 U.S.C. § 2119", plainName: "Carjacking (taking a car from a person by force)" },
  {
    clause: "xxxvi",
    provision: "18 U.S.C. ch. 105 (any section except § 2152)",
    plainName: "Sabotage (damaging things needed for national defense)",
    condition: "Except § 2152 (harbor defenses).",
  },
  { clause: "xxxvii", provision: "18 U.S.C. ch. 109A (any section)", plainName: "Sexual abuse" },
  { clause: "xxxviii", provision: "18 U.S.C. § 2250", plainName: "Failing to register as a sex offender" },
  { clause: "xxxix", provision: "18 U.S.C. § 2251", plainName: "Sexual exploitation of children (making sexual pictures or videos of a child)" },
  { clause: "xl", provision: "18 U.S.C. § 2251A", plainName: "Selling or buying children" },
  { clause: "xli", provision: "18 U.S.C. § 2252", plainName: "Sending, receiving or having sexual pictures or videos of children" },
  { clause: "xlii", provision: "18 U.S.C. § 2252A", plainName: "Child pornography" },
  { clause: "xliii", provision: "18 U.S.C. § 2260", plainName: "Making sexual pictures or videos of a child outside the U.S. to bring into the U.S." },
  { clause: "xliv", provision: "18 U.S.C. § 2283", plainName: "Carrying explosive, biological, chemical or nuclear materials on a ship to help a crime" },
  { clause: "xlv", provision: "18 U.S.C. § 2284", plainName: "Carrying a terrorist on a ship" },
  {
    clause: "xlvi",
    provision: "18 U.S.C. § 2291",
    plainName: "Destroying a ship or a port building",
    condition: "Only if the crime created a real risk of death or serious injury.",
  },
  { clause: "xlvii", provision: "18 U.S.C. ch. 113B (any section)", plainName: "Terrorism" },
  { clause: "xlviii", provision: "18 U.S.C. § 2340A", plainName: "Torture" },
  { clause: "xlix", provision: "18 U.S.C. § 2381", plainName: "Treason (fighting against or betraying the United States)" },
  { clause: "l", provision: "18 U.S.C. § 2442", plainName: "Recruiting or using child soldiers" },
  {
    clause: "li",
    provision: "18 U.S.C. § 3559(c)(2)(F) (an offense described there)",
    plainName: "A serious violent felony with a sentence of more than one year, by someone with a serious earlier conviction",
    condition:
      "Only if the person has an earlier federal or state conviction, with more than one year served, for murder, voluntary manslaughter, assault with intent to murder, aggravated sexual abuse or sexual abuse, abusive sexual contact (§ 2244(a)(1) or (a)(2)), kidnapping, carjacking, arson (§ 844(f)(3), (h) or (i)) or terrorism (ch. 113B).",
  },
  { clause: "lii", provision: "42 U.S.C. § 2077(b)", plainName: "Making or using nuclear bomb material without permission" },
  { clause: "liii", provision: "42 U.S.C. § 2122", plainName: "Making, having or selling atomic weapons" },
  { clause: "liv", provision: "42 U.S.C. § 2131", plainName: "Running a nuclear facility without a license" },
  { clause: "lv", provision: "42 U.S.C. §§ 2274, 2275", plainName: "Sharing or receiving secret nuclear information" },
  { clause: "lvi", provision: "42 U.S.C. § 2284", plainName: "Sabotaging a nuclear plant or nuclear fuel" },
  {
    clause: "lvii",
    provision: "49 U.S.C. § 60123(b)",
    plainName: "Damaging a gas or oil pipeline",
    condition: "Only if the crime created a real risk of death or serious injury.",
  },
  {
    clause: "lviii",
    provision: "21 U.S.C. § 841(b)(1)(A), (B) or (C)",
    plainName: "Making or selling drugs when someone died or was badly hurt from using them",
    condition: "Only if the conviction found that death or serious bodily injury resulted from using the drug.",
  },
  {
    clause: "lix",
    provision: "8 U.S.C. § 1326(b)(1) or (b)(2)",
    plainName: "Coming back into the U.S. after being deported, with an earlier felony",
    condition: "Only if the sentence was raised under § 1326(b)(1) or (b)(2) for an earlier felony or aggravated felony.",
  },
  { clause: "lx", provision: "8 U.S.C. § 1327", plainName: "Helping certain people who are not allowed in (for example, for serious crimes) enter the U.S." },
  { clause: "lxi", provision: "8 U.S.C. § 1328", plainName: "Bringing a person into the U.S. for prostitution or another immoral purpose" },
  { clause: "lxii", provision: "Export Administration Act of 1979 (50 U.S.C. § 4611 et seq.) (any section)", plainName: "Breaking export control laws (shipping banned goods or technology out of the U.S.)" },
  { clause: "lxiii", provision: "50 U.S.C. § 1705", plainName: "Breaking U.S. sanctions (trade bans on certain countries or people)" },
  { clause: "lxiv", provision: "50 U.S.C. § 3121", plainName: "Revealing the name of a secret government agent" },
  {
    clause: "lxv",
    provision: "21 U.S.C. § 841(b)(1)(A)(i) or (B)(i); 21 U.S.C. § 960(b)(1)(A) or (2)(A)",
    plainName: "Large amounts of heroin, as a leader of the drug activity",
    condition: "Only if the judge found the person was an organizer, leader, manager or supervisor.",
  },
  {
    clause: "lxvi",
    provision: "21 U.S.C. § 841(b)(1)(A)(vi) or (B)(vi); 21 U.S.C. § 960(b)(1)(F) or (2)(F)",
    plainName: "Large amounts of fentanyl or a drug like fentanyl",
    condition: "No finding about being a leader is needed.",
  },
  {
    clause: "lxvii",
    provision: "21 U.S.C. § 841(b)(1)(A)(viii) or (B)(viii); 21 U.S.C. § 960(b)(1)(H) or (2)(H)",
    plainName: "Large amounts of methamphetamine, as a leader of the drug activity",
    condition: "Only if the judge found the person was an organizer, leader, manager or supervisor.",
  },
  {
    clause: "lxviii",
    provision: "21 U.S.C. § 841(b)(1)(A) or (B); 21 U.S.C. § 960(b)(1) or (2)",
    plainName: "Large amounts of any drug, when fentanyl was involved and the person was a leader",
    condition:
      "Only if the judge found both that the crime involved fentanyl or a drug like it and that the person was an organizer, leader, manager or supervisor.",
  },
];
