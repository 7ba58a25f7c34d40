// `npm run bench`: every benchmark, each printing ratios measured in the same run.
import { execFileSync } from 'node:child_process';
import { runIngestBenchmark } from './ingest';
import { runIngestCpuBenchmark } from './ingestCpu';
import { runLatencyBenchmark } from './latency';
import { runPanelScaleBenchmark } from './panelScale';
import { runSuggestionsBenchmark } from './suggestions';
import { runTranscriptionBenchmark } from './transcription';
import { runReconnectBenchmark } from './reconnect';
import { runBotReplyBenchmark } from './botReply';

execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', env: { ...process.env, SIDEDESK_E2E: '1' } });
await runIngestBenchmark();
await runIngestCpuBenchmark();
await runLatencyBenchmark();
await runPanelScaleBenchmark();
await runTranscriptionBenchmark();
await runSuggestionsBenchmark();
await runReconnectBenchmark();
await runBotReplyBenchmark();
