import { describe, expect, it } from 'vitest';
import { parseAccessConfig } from './parseAccessConfig';

const DAY = 86_400_000;

describe('parseAccessConfig', () => {
  it('defaults: 7 days idle, 30 days at most, any Chrome extension, no trusted proxy', () => {
    expect(parseAccessConfig({})).toEqual({
      sessions: { idleMs: 7 * DAY, maxAgeMs: 30 * DAY },
      allowedOrigins: ['chrome-extension://*'],
      trustProxy: false,
    });
  });

  it('reads every setting', () => {
    expect(
      parseAccessConfig({
        SESSION_IDLE_DAYS: '0.5',
        SESSION_MAX_AGE_DAYS: '14',
        SIDEDESK_ALLOWED_ORIGINS: 'chrome-extension://abcdef, https://crm.example.com/',
        SIDEDESK_TRUST_PROXY: '1',
      }),
    ).toEqual({
      sessions: { idleMs: DAY / 2, maxAgeMs: 14 * DAY },
      allowedOrigins: ['chrome-extension://abcdef', 'https://crm.example.com'],
      trustProxy: true,
    });
  });

  it('names the setting that is wrong', () => {
    expect(() => parseAccessConfig({ SESSION_IDLE_DAYS: 'soon' })).toThrow(/^SESSION_IDLE_DAYS: /);
    expect(() => parseAccessConfig({ SESSION_MAX_AGE_DAYS: '0' })).toThrow(/^SESSION_MAX_AGE_DAYS: /);
    expect(() => parseAccessConfig({ SESSION_IDLE_DAYS: '40' })).toThrow(/longer than SESSION_MAX_AGE_DAYS/);
    expect(() => parseAccessConfig({ SIDEDESK_ALLOWED_ORIGINS: '*' })).toThrow(/^SIDEDESK_ALLOWED_ORIGINS: /);
    expect(() => parseAccessConfig({ SIDEDESK_ALLOWED_ORIGINS: 'https://a.example/path' })).toThrow(
      /^SIDEDESK_ALLOWED_ORIGINS: /,
    );
    expect(() => parseAccessConfig({ SIDEDESK_TRUST_PROXY: 'yes' })).toThrow(/^SIDEDESK_TRUST_PROXY: /);
  });
});
