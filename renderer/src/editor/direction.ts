// A paragraph's writing direction: the pure rules live in shared/direction.ts, where the exporters use
// them too; re-exported here so the editor's imports stay as they were.

export {
  effectiveDirection,
  firstStrongDirection,
  overrideFor,
  type Direction,
} from '../../../shared/direction';
