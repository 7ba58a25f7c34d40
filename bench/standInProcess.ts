// The OpenAI stand-in in a process of its own, as a provider is in production: its work (reading
// the request, answering) is not done by the server being measured. Prints its base URL, answers
// every chat request after BENCH_MODEL_MS with `asksForPerson: false`, and ends with its stdin.
import { startOpenAiStandIn } from '../server/testing/openaiStandIn';

const standIn = await startOpenAiStandIn({ apiKey: process.env.BENCH_KEY });
standIn.setDefault('chat', {
  delayMs: Number(process.env.BENCH_MODEL_MS ?? 100),
  then: { json: { asksForPerson: false } },
});
process.stdout.write(`${standIn.baseUrl}\n`);
process.stdin.resume();
process.stdin.on('end', () => void standIn.close().then(() => process.exit(0)));
