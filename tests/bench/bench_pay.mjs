// Times computePay in Node for 1 000 and 10 000 deals; prints JSON for bench_pay.py.
import { computePay } from "../../docs/assets/javascripts/pay.js";

const [model, sizes, runs] = JSON.parse(process.argv[2]);
const results = {};
for (const size of sizes) {
  const deals = Array.from({ length: size }, (_, i) => ({ amount: 1000 + ((i * 7919) % 900000) }));
  for (let i = 0; i < 20; i += 1) computePay(model, { deals }); // warm up the JIT
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    computePay(model, { deals });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  results[size] = times[Math.floor(times.length / 2)];
}
console.log(JSON.stringify(results));
