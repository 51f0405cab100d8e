import { describe, expect, it } from 'vitest';
import { effectiveTab, mainContent, mainTabs } from './mainContent';

describe('mainContent', () => {
  it('shows the step, or the workspace of its artefact', () => {
    expect(mainContent(true, 'grid', 'step', 'canvas')).toBe('step');
    expect(mainContent(true, 'themes', 'step', 'canvas')).toBe('themes');
    expect(mainContent(true, 'goals', 'board', 'dom')).toBe('goals');
    expect(mainContent(true, 'chains', 'step', 'dom')).toBe('chains');
    expect(mainContent(true, 'assignments', 'step', 'dom')).toBe('assignments');
  });
  it('shows the chosen tab, else the board in its view', () => {
    expect(mainContent(false, 'themes', 'protocol', 'canvas')).toBe('protocol');
    expect(mainContent(false, 'themes', 'history', 'canvas')).toBe('history');
    expect(mainContent(false, null, 'goals', 'dom')).toBe('goals');
    expect(mainContent(false, null, 'board', 'canvas')).toBe('canvas');
    expect(mainContent(false, undefined, 'board', 'dom')).toBe('dom');
  });
  it('offers the step and the protocol only when they exist for this person', () => {
    expect(mainTabs(false, false)).toEqual(['board', 'themes', 'goals', 'chains', 'stakeholders', 'monitoring']);
    expect(mainTabs(true, true)).toEqual([
      'step',
      'board',
      'themes',
      'goals',
      'chains',
      'stakeholders',
      'monitoring',
      'protocol',
      'history',
    ]);
    expect(effectiveTab('step', false)).toBe('board');
    expect(effectiveTab('step', true)).toBe('step');
  });
  it('offers the shared screen’s content in remote mode only', () => {
    expect(mainTabs(true, false, true)).toEqual([
      'screen',
      'step',
      'board',
      'themes',
      'goals',
      'chains',
      'stakeholders',
      'monitoring',
    ]);
    expect(mainContent(false, null, 'stakeholders', 'canvas')).toBe('stakeholders');
    expect(mainContent(false, null, 'screen', 'canvas')).toBe('screen');
    expect(effectiveTab('screen', true, true)).toBe('screen');
    expect(effectiveTab('screen', true, false)).toBe('board');
  });
});
