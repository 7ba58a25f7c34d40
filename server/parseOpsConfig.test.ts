import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './parseConfig';

const production = { META_APP_SECRET: 'secret', META_VERIFY_TOKEN: 'verify' };

describe('operating settings', () => {
  it('reads the metrics token and the log level', () => {
    expect(
      parseConfig({ ...production, SIDEDESK_METRICS_TOKEN: ' a-long-random-scrape-token ', LOG_LEVEL: 'WARN' }).ops,
    ).toEqual({ metricsToken: 'a-long-random-scrape-token', logLevel: 'warn' });
  });

  it('refuses a short metrics token and an unknown level, naming the setting', () => {
    expect(() => parseConfig({ ...production, SIDEDESK_METRICS_TOKEN: 'short' })).toThrow(ConfigError);
    expect(() => parseConfig({ ...production, SIDEDESK_METRICS_TOKEN: 'short' })).toThrow(/^SIDEDESK_METRICS_TOKEN:/);
    expect(() => parseConfig({ ...production, LOG_LEVEL: 'loud' })).toThrow(/^LOG_LEVEL: "loud"/);
  });
});
