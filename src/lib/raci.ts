/** Turns the RACI data into table rows and the role × phase overview. Pure. */
import {PHASES, RACI, type Phase, type PhaseId, type RaciLetter} from '../data/process';
import {ROLES, type Role, type RoleId} from '../data/roles';

export const RACI_LABELS: Record<RaciLetter, string> = {
  R: 'Utfører',
  A: 'Har ansvaret',
  C: 'Rådføres',
  I: 'Informeres',
};

/** Phases where a role is accountable (A) or responsible (R) for at least one activity. */
export function phasesOwnedBy(roleId: RoleId): {phase: Phase; letters: RaciLetter[]}[] {
  return PHASES.flatMap((p) => {
    const letters = [
      ...new Set(RACI[p.id].map((r) => r.assignments[roleId]).filter((l): l is RaciLetter => l === 'A' || l === 'R')),
    ];
    return letters.length > 0 ? [{phase: p, letters: letters.sort()}] : [];
  });
}

/** The strongest letter a role has in a phase, for the role × phase overview. */
function strongestLetter(roleId: RoleId, phaseId: PhaseId): RaciLetter | undefined {
  const order: RaciLetter[] = ['A', 'R', 'C', 'I'];
  const letters = RACI[phaseId].map((r) => r.assignments[roleId]);
  return order.find((l) => letters.includes(l));
}

/** Roles that appear in a phase, in the order of ROLES. */
function rolesInPhase(phaseId: PhaseId): Role[] {
  const used = new Set(RACI[phaseId].flatMap((row) => Object.keys(row.assignments)));
  return ROLES.filter((role) => used.has(role.id));
}

export type RaciCell = {roleId: RoleId; letter: RaciLetter | undefined};

export function raciTable(phaseId: PhaseId): {roles: Role[]; rows: {activity: string; cells: RaciCell[]}[]} {
  const roles = rolesInPhase(phaseId);
  return {
    roles,
    rows: RACI[phaseId].map((row) => ({
      activity: row.activity,
      cells: roles.map((role) => ({roleId: role.id, letter: row.assignments[role.id]})),
    })),
  };
}

export function rolePhaseMatrix(): {
  roleId: RoleId;
  roleName: string;
  cells: {phaseId: PhaseId; letter: RaciLetter | undefined}[];
}[] {
  return ROLES.map((role) => ({
    roleId: role.id,
    roleName: role.name,
    cells: PHASES.map((phase) => ({phaseId: phase.id, letter: strongestLetter(role.id, phase.id)})),
  }));
}
