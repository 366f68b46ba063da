"use client";
import { changesSince, type LawChange } from "@/lib/answers/changes";
import type { SavedScreening } from "@/lib/answers/answers-file";
import { sinceSaved } from "./since-saved";
import { useActorRef, useSelector } from "@xstate/react";
import { startTransition, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { BackLink } from "@/components/ui/back-link";
import type { Facts } from "@/rules/facts/schema";
import { asOfFrom, FIRST_SCREEN_AS_OF } from "@/lib/browser/as-of";
import { currentStep, perspectiveIn, routeOf, screenerMachine, type ScreenerEvent } from "@/lib/screener/machine";
import { clearStored, forgetPending, keptScreen, restore, saveSnapshot, type Restored } from "@/lib/browser/persist";
import { resumed, resuming } from "@/lib/browser/resuming";
import type { QuestionTexts } from "@/lib/words/questions";
import { DEFAULT_PERSPECTIVE } from "@/lib/words/perspective";
import { makeSay, type UiWords } from "@/lib/words/say";
import type { IsoDate } from "@/rules/types";
import { sitePath, type Lang } from "@/lib/words/lang";
import { progressOf } from "./answer-sections";
import { CheckAnswers } from "./check-answers";
import { OpenAnswersFile } from "./open-answers-file";
import type { ChecklistItem } from "./fsa-checklist";
import { LoadFailed } from "./load-failed";
import { QuestionPage } from "./question-page";
import { LoadBoundary } from "./load-boundary";
import { loadResults, ResultsView } from "./load-results";
import { SessionProvider } from "./session";


export interface ScreenerProps {
  ui: UiWords;
  questions: QuestionTexts;
  checklist: readonly ChecklistItem[];
  /** The dated change log of the rules, to name what changed since an answers file was saved. */
  lawChanges: readonly LawChange[];
  /** The page's language: its words are already in that language; this picks the links and the results' words. */
  lang: Lang;
}

/**
 * The guided screener at one constant URL. Each step is a history entry on that URL
 * (`history.pushState({ step })`), so the browser's back button and our Back link both send `nav.back`.
 * Nothing about the answers or the question goes into the URL; the only thing read from it is `asOf`.
 */
export function Screener(props: ScreenerProps) {
  // sessionStorage and the URL exist only in the browser: the screener starts after mounting (static export).
  const [start, setStart] = useState<(Restored & { asOf: IsoDate }) | null>(null);
  const [failed, setFailed] = useState(false);
  // "Today": the URL's asOf, else the local date. The static first screen was built on a placeholder date, but
  // with no answers the first question is the same on any date (lib/browser/as-of.ts), so in the browser the
  // first screen's machine starts on today's date and is never told it again (a second render of the page).
  const [asOf] = useState(() => (typeof window === "undefined" ? FIRST_SCREEN_AS_OF : asOfFrom(window.location.search)));
  useEffect(() => {
    // Back on the results (a reload): fetch them alongside the check rather than after it.
    if (keptScreen() === "results") void loadResults(props.lang).catch(() => undefined);
    // Kept answers are checked by code loaded on demand; if it cannot load, say so rather than start
    // afresh (the first answer would then overwrite the kept ones).
    restore(asOf).then(
      // Rendered in a transition, a part at a time: the static screen stays (hidden, when answers come back)
      // until the restored one is ready to take its place.
      (restored) => startTransition(() => setStart({ asOf, ...restored })),
      () => setFailed(true),
    );
  }, [props.lang, asOf]);
  // The restored screen, or the message that it could not be restored, replaces the static one unseen
  // (on a visit within the app, the first question is hidden here, as the inline script does on a load).
  useLayoutEffect(() => {
    if (start || failed) resumed();
    else resuming();
  }, [start, failed]);
  if (failed) {
    const say = makeSay(props.ui, DEFAULT_PERSPECTIVE);
    return <LoadFailed title={say("start.failedTitle")} body={say("load.failed")} retry={say("nav.tryAgain")} />;
  }
  // Until then, the first question is on screen already (it is in the static page, so a slow phone shows it
  // before the script arrives); the screener then takes over with the same screen, or the one restored.
  // Only a restored screening needs a new flow; otherwise the first screen's machine carries on, started.
  if (!start) return <ScreenerFlow key="flow" {...props} asOf={asOf} started={false} />;
  return <ScreenerFlow key={start.snapshot ? "restored" : "flow"} {...props} {...start} started />;
}

function ScreenerFlow({
  ui,
  questions,
  checklist,
  lawChanges,
  lang,
  asOf,
  snapshot,
  pending,
  pendingSaved,
  started,
}: ScreenerProps & Restored & { asOf: IsoDate; started: boolean }) {
  const actor = useActorRef(screenerMachine, snapshot ? { input: { asOf }, snapshot } : { input: { asOf } });
  const state = useSelector(actor, (s) => s);
  const context = state.context;
  const view = String(state.value);
  const route = useMemo(() => routeOf(context), [context]);
  // The machine owns "today" and who is answering; the screens below read them with useSession().
  const perspective = perspectiveIn(context);
  const session = useMemo(() => ({ asOf: context.asOf, perspective }), [context.asOf, perspective]);
  const withSession = (screen: React.ReactNode) => <SessionProvider value={session}>{screen}</SessionProvider>;
  const say = useMemo(() => makeSay(ui, perspective), [ui, perspective]);
  const [notice, setNotice] = useState<string | undefined>();
  // Counts moves between screens; tests wait on it (`data-screen`) rather than on headings, which may repeat.
  // Absent on the static first screen, so its presence also says the screener has started.
  const [moves, setMoves] = useState(0);
  const screen = started ? moves : undefined;

  // Where this tab's history is: the `step` of the entry on screen.
  const position = useRef(0);

  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 200));
    idle(() => void loadResults(lang).catch(() => undefined));
  }, [lang]);

  // Persist every change to this tab's sessionStorage.
  useEffect(() => {
    if (!started) return;
    const subscription = actor.subscribe(() => saveSnapshot(actor.getPersistedSnapshot()));
    return () => subscription.unsubscribe();
  }, [actor, started]);

  // The browser's back and forward buttons drive the machine.
  useEffect(() => {
    if (!started) return;
    const step = (window.history.state as { step?: unknown } | null)?.step;
    if (typeof step === "number") position.current = step;
    else window.history.replaceState({ step: 0 }, "");
    const onPopState = (event: PopStateEvent) => {
      const step = (event.state as { step?: unknown } | null)?.step;
      if (typeof step !== "number") {
        // A same-page link (the skip link's #main) adds an entry with no step: it stays on this screen.
        window.history.replaceState({ step: position.current }, "");
        return;
      }
      const next = step;
      const delta = next - position.current;
      position.current = next;
      for (let i = 0; i < Math.abs(delta); i++) actor.send({ type: delta < 0 ? "nav.back" : "nav.forward" });
      setMoves((n) => n + 1);
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, [actor, started]);

  /** "Your answers file was opened", then what changed since a version-2 file was saved. */
  const openedNotice = useCallback(
    (facts: Facts, saved?: SavedScreening) =>
      [say("file.opened"), ...(saved ? sinceSaved(changesSince(facts, saved, asOf, lawChanges), saved, say) : [])].join(" "),
    [say, asOf, lawChanges],
  );

  // A file opened on the start page arrives once, through sessionStorage, already checked.
  const pendingTaken = useRef(false);
  useLayoutEffect(() => {
    if (!started || pendingTaken.current) return;
    pendingTaken.current = true;
    if (pending) {
      actor.send({ type: "answers.load", facts: pending });
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the file arrives once, from sessionStorage, after mounting
      setNotice(openedNotice(pending, pendingSaved));
    }
    forgetPending();
  }, [actor, pending, pendingSaved, started, openedNotice]);

  /** Send an event that moves forward; a new history entry when the screen changed. */
  const go = useCallback(
    (event: ScreenerEvent) => {
      const before = actor.getSnapshot();
      actor.send(event);
      const after = actor.getSnapshot();
      if (after.value !== before.value || after.context.cursor !== before.context.cursor) {
        position.current += 1;
        window.history.pushState({ step: position.current }, "");
        setMoves((n) => n + 1);
      }
    },
    [actor],
  );

  // On every new screen: focus its <h1> (the SPA equivalent of a page load), except on the first one.
  const step = currentStep(context);
  const screenKey = `${view}:${context.cursor}:${step?.page ?? ""}`;
  const firstScreen = useRef(true);
  useEffect(() => {
    if (firstScreen.current) {
      firstScreen.current = false;
      return;
    }
    document.querySelector<HTMLElement>("main h1")?.focus();
    window.scrollTo(0, 0);
  }, [screenKey]);

  const back = () => window.history.back();
  const restart = () => {
    clearStored();
    setNotice(undefined);
    go({ type: "restart" });
  };
  const open = (facts: Facts, saved?: SavedScreening) => {
    go({ type: "answers.load", facts });
    setNotice(openedNotice(facts, saved));
    // The notice is announced by its role="status"; focus goes to the page heading as on any new screen.
    requestAnimationFrame(() => document.querySelector<HTMLElement>("main h1")?.focus());
  };

  if (view === "results") {
    return withSession(
      <div key={screenKey} data-screen={screen}>
        <BackLink label={say("nav.back")} onBack={back} />
        <LoadBoundary
          fallback={<LoadFailed title={say("results.failedTitle")} body={say("load.failed")} retry={say("nav.tryAgain")} />}
        >
          {/* A screen tall, so the footer does not jump into view and out again while the results load. */}
          <Suspense fallback={<p className="min-h-screen text-muted">{say("results.loading")}</p>}>
            <ResultsView facts={route.kept} say={say} onChangeAnswers={back} />
          </Suspense>
        </LoadBoundary>
      </div>
    );
  }
  if (view === "review") {
    return withSession(
      <div key={screenKey} data-screen={screen}>
        <BackLink label={say("nav.back")} onBack={back} />
        <CheckAnswers
          route={route}
          questions={questions}
          say={say}
          notice={notice}
          onChange={(fact) => {
            setNotice(undefined);
            go({ type: "answer.change", fact });
          }}
          onConfirm={() => go({ type: "answers.confirm" })}
          onResume={() => go({ type: "answers.resume" })}
          onOpen={open}
          onRestart={restart}
        />
      </div>
    );
  }
  if (!step) return null;
  const progress = progressOf(route, context.cursor, context.asOf);
  return withSession(
    <div key={screenKey} data-screen={screen}>
      {context.cursor === 0 && context.changeFrom === null ? <BackLink label={say("nav.back")} href={sitePath(lang, "/")} /> : <BackLink label={say("nav.back")} onBack={back} />}
      <QuestionPage
        step={step}
        answers={context.answers}
        stash={context.stash}
        questions={questions}
        say={say}
        checklist={checklist}
        started={started}
        progress={progress && say("question.progress", { section: say(progress.heading), number: progress.number, total: progress.total })}
        onSubmit={(facts) => {
          setNotice(undefined);
          go({ type: "answer.submit", values: facts });
        }}
      />
      {context.cursor === 0 && Object.keys(context.answers).length === 0 ? (
        // Someone who comes straight here with a saved file can open it without going back to the start page.
        <section className="mt-12 border-t border-[#b1b4b6] pt-6">
          <OpenAnswersFile say={say} onOpen={open} disabled={!started} />
        </section>
      ) : null}
    </div>
  );
}
