import { afterEach, describe, expect, it } from 'vitest';
import { describeError } from '@/components/sidepanel/notice';
import { ApiClientError } from '@/utils/api';
import { classifyFailure } from '@/utils/sync/classifyFailure';
import { ERROR_CODES } from '@/core/api/errors';
import { setActiveLanguage, stringsFor } from './index';
import { errorWords } from './errorWords';

const networkDown = () => new ApiClientError(0, 'offline', "Can't reach http://localhost:8787: Failed to fetch");

describe('errors in words for a person, in the panel language', () => {
  afterEach(() => setActiveLanguage('en'));

  it('an offline note in the Spanish panel: Spanish words, never "Failed to fetch"', () => {
    setActiveLanguage('es');
    const offline = describeError(networkDown(), false);
    expect(offline).toBe(stringsFor('es').errors.codes.offline);
    expect(offline).not.toMatch(/fetch|reach/i);
  });

  it('"you are offline" only when the browser is; otherwise the Sidedesk server cannot be reached', () => {
    setActiveLanguage('es');
    expect(describeError(networkDown(), true)).toMatch(/servidor de Sidedesk/);
    expect(describeError(new ApiClientError(0, 'timeout', 'did not answer in time'), true)).toMatch(
      /servidor de Sidedesk/,
    );
    setActiveLanguage('en');
    expect(describeError(networkDown(), true)).toMatch(/Can't reach the Sidedesk server/);
    expect(describeError(networkDown(), false)).toMatch(/You're offline/);
  });

  it("the server's English message is never what the panel shows", () => {
    setActiveLanguage('es');
    const err = new ApiClientError(409, 'window_closed', 'The 24-hour window closed. Only templates can be sent.');
    expect(describeError(err)).toBe(stringsFor('es').errors.codes.window_closed);
    expect(describeError(new Error('boom at line 3'))).toBe(stringsFor('es').errors.unknown);
    expect(errorWords('131047')).toBe(stringsFor('es').errors.notDelivered);
  });

  it('every server code has words in both languages, and they differ', () => {
    for (const code of ERROR_CODES) {
      expect(stringsFor('en').errors.codes[code]).toBeTruthy();
      expect(stringsFor('es').errors.codes[code]).not.toBe(stringsFor('en').errors.codes[code]);
    }
  });

  it('the sync status says offline only when the browser is offline', () => {
    expect(classifyFailure(networkDown(), 5, true).status).toBe('reconnecting');
    expect(classifyFailure(networkDown(), 1, false).status).toBe('offline');
    expect(classifyFailure(networkDown(), 5, true).lastErrorCode).toBe('offline');
  });
});
