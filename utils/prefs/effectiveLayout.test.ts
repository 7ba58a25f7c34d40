import { describe, expect, it } from 'vitest';
import { effectiveLayout } from './effectiveLayout';

describe('effectiveLayout', () => {
  it('follows the workspace default until the agent picks one', () => {
    expect(effectiveLayout(undefined, 'beta')).toBe('beta');
    expect(effectiveLayout('classic', 'beta')).toBe('classic');
    expect(effectiveLayout('beta', 'classic')).toBe('beta');
  });

  it('is Classic before the settings arrive', () => {
    expect(effectiveLayout(undefined, undefined)).toBe('classic');
  });
});
