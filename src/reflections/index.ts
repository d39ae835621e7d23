export { createReflections, EmptyReflectionError } from './reflections.ts';
export type { JourneyDayRef, NewReflection, Reflection, ReflectionService } from './reflections.ts';
