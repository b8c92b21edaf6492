/** Claims about self-evaluated projects: declared with the claim model (claim-types.ts), named here for src/narrative/projects. */
export type { Grade, ProjectField, ProjectFigureClaim, Activity, ProjectCountClaim, GradeTallyClaim, ProjectClaim, ProjectCoverageClaim, GradeShareClaim, ForeignScope } from '../claim-types';
