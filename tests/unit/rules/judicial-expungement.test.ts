import { judicialExpungement } from "@/rules/judicial-expungement";
import { casesJudicialExpungement } from "./judicial-expungement.cases";
import { runPathCases } from "./worked-case";

runPathCases(judicialExpungement, casesJudicialExpungement);
