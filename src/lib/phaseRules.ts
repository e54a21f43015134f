/**
 * The legal duties of a process phase, looked up by the phase id an MDX page
 * passes as text, so a mistyped id stops the build with the ids that exist
 * instead of rendering an empty section.
 */
import {PHASES, type PhaseId} from '../data/process';
import {PHASE_RULES, type PhaseDuty} from '../data/phaseRules';

export function phaseDuties(phase: string): readonly PhaseDuty[] {
  if (!PHASES.some((p) => p.id === phase))
    throw new Error(`Ukjent fase «${phase}». Kjente faser: ${PHASES.map((p) => p.id).join(', ')}`);
  return PHASE_RULES[phase as PhaseId];
}
