import { coramNobis } from "@/rules/coram-nobis";
import { casesCoramNobis } from "./coram-nobis.cases";
import { runPathCases } from "./worked-case";

runPathCases(coramNobis, casesCoramNobis);
