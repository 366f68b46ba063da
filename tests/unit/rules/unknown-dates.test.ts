import { ruleFor } from "@/rules";
import type { PathId } from "@/rules/types";
import { unknownDateCases } from "./unknown-dates.cases";
import { runPathCases } from "./worked-case";

for (const [path, cases] of Object.entries(unknownDateCases)) runPathCases(ruleFor(path as PathId), cases);
