import type { MapShape, RecordShape, Shape } from './playbook.ts';

export type { MapShape, RecordShape, Shape };

/** Whether a shape is a record: a dict whose keys the playbook fixes. */
export const isRecordShape = (shape: Shape): shape is RecordShape => typeof shape === 'object' && 'fields' in shape;
/** Whether a shape is a map (numbered or not): a dict whose keys are data. */
export const isMapShape = (shape: Shape): shape is MapShape => typeof shape === 'object' && 'map' in shape;
