import { goodConductTime } from "@/rules/good-conduct-time";
import { casesGoodConductTime } from "./good-conduct-time.cases";
import { runWorkedCases } from "./worked-case";

runWorkedCases(goodConductTime, casesGoodConductTime);
