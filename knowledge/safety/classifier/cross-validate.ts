/**
 * Prints the classifier's cross-validated figures on the training files, per language, for the
 * rules alone and for the gate (rules OR model) at the committed thresholds, plus the curve
 * around each threshold. Run: `node knowledge/safety/classifier/cross-validate.ts`.
 * The held-out evaluation set is never read here.
 */
import { crisisByRules } from '../assess-crisis.ts';
import { misuseByRules } from '../assess-misuse.ts';
import { normalizeText } from '../normalize.ts';
import { LANGUAGES } from '../types.ts';
import { decide, gateRates, heldOutScores } from './cross-validation.ts';
import type { HeldOutScore, Rates, RulesVerdict, Thresholds } from './cross-validation.ts';
import { crisisKindOfCategory, GATE_CATEGORIES, misuseKindOfCategory } from './categories.ts';
import { prepareExamples, tooShortToJudge } from './model.ts';
import type { PreparedExamples } from './model.ts';
import { recognisedByRules } from './rule-vocabulary.ts';
import {
  CRISIS_POLICY,
  CRISIS_RECOGNISED_THRESHOLD,
  CRISIS_THRESHOLD,
  MISUSE_POLICY,
  MISUSE_RECOGNISED_THRESHOLD,
  MISUSE_THRESHOLD,
} from './thresholds.ts';
import type { ThresholdPolicy } from './thresholds.ts';
import {
  ORDINARY_PREFIX,
  readAllTrainingExamples,
  THEME_TRIGGER,
  THEMES_FILE,
  TRAINING_DIR,
} from './training-data.ts';

/** Categories of our own supplement start with this (see `training-data.ts`). */
const SUPPLEMENT = 'supplement-';

export const FOLDS = 5;

export const COMMITTED: Thresholds = {
  crisis: CRISIS_THRESHOLD,
  crisisRecognised: CRISIS_RECOGNISED_THRESHOLD,
  misuse: MISUSE_THRESHOLD,
  misuseRecognised: MISUSE_RECOGNISED_THRESHOLD,
};

export interface CurvePoint {
  readonly threshold: number;
  readonly rates: Rates;
}

export interface CrossValidationReport {
  readonly prepared: PreparedExamples;
  readonly scores: readonly HeldOutScore[];
  readonly rules: readonly RulesVerdict[];
  /** Over the files' examples (the theme triggers are counted apart, in `themes`). */
  readonly overall: { readonly rules: Rates; readonly gate: Rates };
  /** The theme-map triggers, each scored by a model that never saw it. */
  readonly themes: { readonly rules: Rates; readonly gate: Rates };
  /** Our supplement of hard negatives (see `training-data.ts`), held out the same way. */
  readonly supplement: { readonly rules: Rates; readonly gate: Rates };
  readonly byLanguage: readonly {
    readonly language: string;
    readonly rules: Rates;
    readonly gate: Rates;
  }[];
  readonly crisisCurve: readonly CurvePoint[];
  readonly misuseCurve: readonly CurvePoint[];
  /** The same curves over the theme triggers. */
  readonly themeCrisisCurve: readonly CurvePoint[];
  readonly themeMisuseCurve: readonly CurvePoint[];
  /** What the policy in `thresholds.ts` picks from these curves; undefined if nothing fits. */
  readonly suggested: { readonly crisis?: number; readonly misuse?: number };
  /** Held-out crises whose category the head put in the same gate category as the label. */
  readonly categoryAccuracy: number;
  /** Per labelled category: how many, and how many the head routed to it. */
  readonly routing: readonly {
    readonly category: string;
    readonly count: number;
    readonly routed: number;
  }[];
  /** Misuse examples whose kind the head named right. */
  readonly misuseKindAccuracy: number;
  /** `none` examples the gate flags, by their category. */
  readonly noneAlarms: readonly {
    readonly category: string;
    readonly count: number;
    readonly flagged: number;
  }[];
}

function rulesVerdict(text: string): RulesVerdict {
  const crisis = crisisByRules(text);
  const misuse = misuseByRules(normalizeText(text));
  return {
    tooShort: tooShortToJudge(crisis.tokens),
    crisis: crisis.assessment.level === 'crisis',
    // As the gate does: words the rules let pass on purpose, or a message the misuse guard answers.
    crisisRecognised:
      recognisedByRules(crisis.normalized, crisis.tokens) || misuse.assessment.misuse,
    misuse: misuse.assessment.misuse,
    misuseRecognised: misuse.recognised(),
  };
}

/**
 * The lowest threshold of the curve, not below the policy's floor, whose false alarms stay under
 * the policy's ceilings on the files' `none` and on the theme triggers: the most recall the
 * policy allows.
 */
export function suggestThreshold(
  files: readonly CurvePoint[],
  triggers: readonly CurvePoint[],
  key: 'crisis' | 'misuse',
  policy: ThresholdPolicy,
): number | undefined {
  const alarm = (r: Rates): number => (key === 'crisis' ? r.crisisFalseAlarm : r.misuseFalseAlarm);
  return files.find((p, i) => {
    const t = triggers[i]?.rates;
    return (
      t !== undefined &&
      p.threshold >= policy.floor - 1e-9 &&
      alarm(p.rates) <= policy.filesFalseAlarm &&
      alarm(t) <= policy.triggersFlagged
    );
  })?.threshold;
}

function grid(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let t = from; t <= to + 1e-9; t += step) out.push(Math.round(t * 100) / 100);
  return out;
}

export function crossValidationReport(
  dir: string = TRAINING_DIR,
  themesFile: string = THEMES_FILE,
): CrossValidationReport {
  const prepared = prepareExamples(readAllTrainingExamples(dir, themesFile));
  const rules = prepared.examples.map((e) => rulesVerdict(e.text));
  const scores = heldOutScores(prepared, FOLDS);
  const indices = prepared.examples.map((_, n) => n);
  // Everyday worries: the theme map's triggers and our ordinary messages. The policy's
  // `triggersFlagged` ceiling applies to them together.
  const isTrigger = (n: number): boolean => {
    const category = prepared.examples[n]?.category ?? '';
    return category === THEME_TRIGGER || category.startsWith(ORDINARY_PREFIX);
  };
  const isSupplement = (n: number): boolean =>
    prepared.examples[n]?.category.startsWith(SUPPLEMENT) === true;
  const all = indices.filter((n) => !isTrigger(n) && !isSupplement(n));
  const triggers = indices.filter(isTrigger);
  const supplement = indices.filter(isSupplement);
  const rowsOf = (language: string): number[] =>
    all.filter((n) => prepared.examples[n]?.language === language);
  const curve = (rows: readonly number[], key: 'crisis' | 'misuse'): CurvePoint[] =>
    grid(0.05, 0.95, 0.05).map((threshold) => ({
      threshold,
      rates: gateRates(prepared, scores, rules, { ...COMMITTED, [key]: threshold }, rows),
    }));
  const crisisCurve = curve(all, 'crisis');
  const misuseCurve = curve(all, 'misuse');
  const themeCrisisCurve = curve(triggers, 'crisis');
  const themeMisuseCurve = curve(triggers, 'misuse');
  const crisisSuggestion = suggestThreshold(crisisCurve, themeCrisisCurve, 'crisis', CRISIS_POLICY);
  const misuseSuggestion = suggestThreshold(misuseCurve, themeMisuseCurve, 'misuse', MISUSE_POLICY);

  let crises = 0;
  let right = 0;
  const routing = new Map<string, { count: number; routed: number }>();
  let misuses = 0;
  let kindsRight = 0;
  const noneAlarms = new Map<string, { count: number; flagged: number }>();
  prepared.examples.forEach((e, n) => {
    const score = scores[n];
    if (score === undefined) return;
    const kind = e.label === 'crisis' ? crisisKindOfCategory(e.category) : undefined;
    if (kind !== undefined) {
      crises += 1;
      const entry = routing.get(e.category) ?? { count: 0, routed: 0 };
      entry.count += 1;
      // Right when the head names the same gate categories (or, for someone else at risk, says so).
      const ok =
        kind === 'other-at-risk'
          ? score.otherAtRisk
          : GATE_CATEGORIES[kind].every((c) => score.crisisCategories.includes(c));
      if (ok) {
        right += 1;
        entry.routed += 1;
      }
      routing.set(e.category, entry);
    } else if (e.label === 'misuse') {
      const kind = misuseKindOfCategory(e.category);
      if (kind !== undefined) {
        misuses += 1;
        if (score.misuseKind === kind) kindsRight += 1;
      }
    } else if (e.label === 'none' && !isTrigger(n) && !isSupplement(n)) {
      const verdict = rules[n];
      const entry = noneAlarms.get(e.category) ?? { count: 0, flagged: 0 };
      entry.count += 1;
      if (verdict !== undefined) {
        const decision = decide(verdict, score, COMMITTED);
        if (decision.crisis || decision.misuse) entry.flagged += 1;
      }
      noneAlarms.set(e.category, entry);
    }
  });

  return {
    prepared,
    scores,
    rules,
    overall: {
      rules: gateRates(prepared, scores, rules, undefined, all),
      gate: gateRates(prepared, scores, rules, COMMITTED, all),
    },
    themes: {
      rules: gateRates(prepared, scores, rules, undefined, triggers),
      gate: gateRates(prepared, scores, rules, COMMITTED, triggers),
    },
    supplement: {
      rules: gateRates(prepared, scores, rules, undefined, supplement),
      gate: gateRates(prepared, scores, rules, COMMITTED, supplement),
    },
    byLanguage: LANGUAGES.map((language) => ({
      language,
      rules: gateRates(prepared, scores, rules, undefined, rowsOf(language)),
      gate: gateRates(prepared, scores, rules, COMMITTED, rowsOf(language)),
    })),
    crisisCurve,
    misuseCurve,
    themeCrisisCurve,
    themeMisuseCurve,
    suggested: {
      ...(crisisSuggestion === undefined ? {} : { crisis: crisisSuggestion }),
      ...(misuseSuggestion === undefined ? {} : { misuse: misuseSuggestion }),
    },
    categoryAccuracy: crises === 0 ? Number.NaN : right / crises,
    routing: [...routing].map(([category, v]) => ({ category, ...v })),
    misuseKindAccuracy: misuses === 0 ? Number.NaN : kindsRight / misuses,
    noneAlarms: [...noneAlarms]
      .map(([category, v]) => ({ category, ...v }))
      .sort((a, b) => b.flagged - a.flagged || a.category.localeCompare(b.category)),
  };
}

function pct(x: number): string {
  return Number.isNaN(x) ? '   - ' : `${(x * 100).toFixed(1).padStart(5)}`;
}

function row(name: string, r: Rates): string {
  return [
    name.padEnd(16),
    String(r.crises).padStart(6),
    pct(r.crisisRecall),
    String(r.misuses).padStart(7),
    pct(r.misuseRecall),
    String(r.nones).padStart(6),
    pct(r.crisisFalseAlarm),
    pct(r.misuseFalseAlarm),
  ].join('  ');
}

function count(rate: number, total: number): string {
  return String(Math.round(rate * total)).padStart(5);
}

function print(report: CrossValidationReport): void {
  const { prepared } = report;
  const files =
    report.overall.gate.crises + report.overall.gate.misuses + report.overall.gate.nones;
  const lines: string[] = [];
  lines.push(
    `${files} distinct examples from the training files, ${report.supplement.gate.nones} of our supplement and ${report.themes.gate.nones} everyday worries (theme-map triggers and our ordinary messages) as none (${prepared.duplicates} duplicate lines dropped, ${prepared.conflicts} of them with a different label); ${FOLDS}-fold stratified cross-validation, every figure held out`,
  );
  lines.push(
    `thresholds: crisis ${COMMITTED.crisis} (words the rules recognised and let pass: ${COMMITTED.crisisRecognised}), misuse ${COMMITTED.misuse} (recognised: ${COMMITTED.misuseRecognised})`,
  );
  lines.push('');
  lines.push('percent          crises  recall  misuses  recall    none  crisisFA  misuseFA');
  for (const l of report.byLanguage) {
    lines.push(row(`${l.language} rules`, l.rules));
    lines.push(row(`${l.language} gate`, l.gate));
  }
  lines.push(row('all rules', report.overall.rules));
  lines.push(row('all gate', report.overall.gate));
  const t = report.themes;
  lines.push(
    `everyday worries (${t.gate.nones}): rules flag ${count(t.rules.crisisFalseAlarm, t.rules.nones)} crisis, ${count(t.rules.misuseFalseAlarm, t.rules.nones)} misuse; gate flags ${count(t.gate.crisisFalseAlarm, t.gate.nones)} crisis, ${count(t.gate.misuseFalseAlarm, t.gate.nones)} misuse`,
  );
  const u = report.supplement;
  lines.push(
    `our supplement (${u.gate.nones}): rules flag ${count(u.rules.crisisFalseAlarm, u.rules.nones)} crisis, ${count(u.rules.misuseFalseAlarm, u.rules.nones)} misuse; gate flags ${count(u.gate.crisisFalseAlarm, u.gate.nones)} crisis, ${count(u.gate.misuseFalseAlarm, u.gate.nones)} misuse`,
  );
  lines.push('');
  lines.push('crisis threshold   recall  crisisFA (files)  everyday flagged');
  report.crisisCurve.forEach((p, i) => {
    const themes = report.themeCrisisCurve[i]?.rates;
    const mark = Math.abs(p.threshold - COMMITTED.crisis) < 1e-9 ? '  <- committed' : '';
    lines.push(
      `  ${p.threshold.toFixed(2)}             ${pct(p.rates.crisisRecall)}  ${pct(p.rates.crisisFalseAlarm)}            ${themes === undefined ? '' : count(themes.crisisFalseAlarm, themes.nones)}${mark}`,
    );
  });
  lines.push('misuse threshold   recall  misuseFA (files)  everyday flagged');
  report.misuseCurve.forEach((p, i) => {
    const themes = report.themeMisuseCurve[i]?.rates;
    const mark = Math.abs(p.threshold - COMMITTED.misuse) < 1e-9 ? '  <- committed' : '';
    lines.push(
      `  ${p.threshold.toFixed(2)}             ${pct(p.rates.misuseRecall)}  ${pct(p.rates.misuseFalseAlarm)}            ${themes === undefined ? '' : count(themes.misuseFalseAlarm, themes.nones)}${mark}`,
    );
  });
  lines.push(
    `policy suggests: crisis ${report.suggested.crisis ?? 'nothing fits'} (files' none ≤ ${pct(CRISIS_POLICY.filesFalseAlarm)}%, everyday ≤ ${pct(CRISIS_POLICY.triggersFlagged)}%, floor ${CRISIS_POLICY.floor}), misuse ${report.suggested.misuse ?? 'nothing fits'} (files' none ≤ ${pct(MISUSE_POLICY.filesFalseAlarm)}%, everyday ≤ ${pct(MISUSE_POLICY.triggersFlagged)}%, floor ${MISUSE_POLICY.floor})`,
  );
  lines.push('');
  lines.push(`crisis category head, held out: ${pct(report.categoryAccuracy)}% routed right`);
  for (const r of report.routing) {
    lines.push(`  ${r.category.padEnd(26)} ${String(r.routed).padStart(4)} / ${r.count}`);
  }
  lines.push(`misuse kind head, held out: ${pct(report.misuseKindAccuracy)}% right`);
  lines.push('none categories of the files that the gate flags (crisis or misuse), held out:');
  for (const a of report.noneAlarms.filter((x) => x.flagged > 0)) {
    lines.push(`  ${a.category.padEnd(26)} ${String(a.flagged).padStart(4)} / ${a.count}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (import.meta.main === true) print(crossValidationReport());
