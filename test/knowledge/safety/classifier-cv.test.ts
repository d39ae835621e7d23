/**
 * Cross-validated figures of the gate on the training data (every example scored by a model
 * that never saw it), against floors and ceilings. At the last tuning the gate stood at crisis
 * recall 0.64 (rules alone 0.37), false alarms on the files' hard negatives 6.8% (rules 4.2%),
 * 15 of 1,845 theme triggers, misuse recall 0.31 (rules 0.20): the floors leave room for the
 * data to move, not for the gate to fall back to the rules.
 */
import {
  COMMITTED,
  crossValidationReport,
} from '../../../knowledge/safety/classifier/cross-validate.ts';
import type { CrossValidationReport } from '../../../knowledge/safety/classifier/cross-validate.ts';

let report: CrossValidationReport;

beforeAll(() => {
  report = crossValidationReport();
});

describe('cross-validated gate', () => {
  it('catches far more crises than the rules alone, in every language', () => {
    const { rules, gate } = report.overall;
    // Measured 0.557 overall (0.539–0.612 by language) since the ordinary worries joined the
    // training data: about one point of recall traded for far fewer alarms on everyday messages.
    expect(gate.crisisRecall).toBeGreaterThanOrEqual(0.54);
    expect(gate.crisisRecall - rules.crisisRecall).toBeGreaterThanOrEqual(0.17);
    for (const l of report.byLanguage) {
      expect({ language: l.language, floor: l.gate.crisisRecall >= 0.52 }).toEqual({
        language: l.language,
        floor: true,
      });
    }
  });

  it('keeps false alarms under the policy’s ceilings', () => {
    expect(report.overall.gate.crisisFalseAlarm).toBeLessThanOrEqual(0.1);
    expect(report.overall.gate.misuseFalseAlarm).toBeLessThanOrEqual(0.015);
    const { themes } = report;
    expect(themes.gate.crisisFalseAlarm).toBeLessThanOrEqual(0.02);
    expect(themes.gate.misuseFalseAlarm).toBeLessThanOrEqual(0.005);
  });

  it('catches more misuse than the rules alone', () => {
    const { rules, gate } = report.overall;
    expect(gate.misuseRecall - rules.misuseRecall).toBeGreaterThanOrEqual(0.05);
  });

  it('routes most crises to the right helplines, abuse most of all', () => {
    expect(report.categoryAccuracy).toBeGreaterThanOrEqual(0.65);
    const abuse = report.routing.find((r) => r.category === 'abuse-danger');
    expect((abuse?.routed ?? 0) / (abuse?.count ?? 1)).toBeGreaterThanOrEqual(0.65);
    const harm = report.routing.find((r) => r.category === 'harm-others');
    expect((harm?.routed ?? 0) / (harm?.count ?? 1)).toBeGreaterThanOrEqual(0.45);
  });

  it('commits the thresholds the policy picks from the curve (re-run cross-validate.ts when the data changes)', () => {
    expect(report.suggested).toEqual({ crisis: COMMITTED.crisis, misuse: COMMITTED.misuse });
  });
});
