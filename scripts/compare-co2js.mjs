// Compares `carbonlabel-cli swd` with CO2.js 0.19.0 (@tgwf/co2), segment by segment.
// Run through scripts/compare-co2js.sh, which installs CO2.js first.
//
//   node compare-co2js.mjs --co2js DIR --cli CLI [--cases N] [--seed S] [--verbose]
//   node compare-co2js.mjs --co2js DIR --bench [N]     time N calls of CO2.js under node
//
// The cases are generated from a seed (same seed, same cases): bytes log-uniform from 1 to
// 1e12, both models, per byte and per visit, green or not, sometimes a custom grid intensity
// per segment, a green hosting factor (v4) and visit ratios (per visit); plus edge cases
// (0, half a byte, 1 byte). They go through `swd --cases FILE --json` in one process; the first
// few also through the one-case command line, so both paths are checked.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const TOLERANCE = 1e-9;

function parseArgs(argv) {
  const args = { cases: 2000, seed: 20240819, single: 25, verbose: false, bench: 0 };
  for (let i = 0; i < argv.length; ++i) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) fail(`${a} needs a value`);
      return argv[++i];
    };
    if (a === "--co2js") args.co2js = next();
    else if (a === "--cli") args.cli = next();
    else if (a === "--cases") args.cases = Number(next());
    else if (a === "--seed") args.seed = Number(next());
    else if (a === "--single") args.single = Number(next());
    else if (a === "--verbose") args.verbose = true;
    else if (a === "--bench")
      args.bench = i + 1 < argv.length && /^\d+$/.test(argv[i + 1]) ? Number(argv[++i]) : 1000000;
    else fail(`unknown argument ${a}`);
  }
  if (!args.co2js) fail("--co2js DIR is required");
  if (!args.bench && !args.cli) fail("--cli CLI is required");
  if (!Number.isInteger(args.cases) || args.cases < 1) fail("--cases must be a positive integer");
  return args;
}

function fail(message) {
  console.log(`compare-co2js: ${message}`);
  process.exit(1);
}

async function loadCo2js(dir) {
  const root = join(dir, "node_modules", "@tgwf", "co2");
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  if (pkg.version !== "0.19.0") fail(`${root} is version ${pkg.version}, not 0.19.0`);
  const entry = join(root, "dist", "esm", "index.js");
  if (!existsSync(entry)) fail(`${entry} is missing`);
  const module = await import(pathToFileURL(entry).href);
  return module.co2;
}

// mulberry32: small, fast and the same on every machine.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A value in 0..1, now and then exactly 0 or 1 to exercise the "0 is a value" paths.
function share(random) {
  const r = random();
  if (r < 0.05) return 0;
  if (r < 0.1) return 1;
  return random();
}

function makeCases(count, seed) {
  const random = rng(seed);
  const cases = [];
  const edges = [0, 0.5, 1, 1e12];
  for (let i = 0; i < count; ++i) {
    const c = {
      bytes: i < edges.length * 4 ? edges[i % edges.length] : Math.pow(10, 12 * random()),
      model: random() < 0.5 ? "swd-v3" : "swd-v4",
      perVisit: i < edges.length * 4 ? i >= edges.length * 2 : random() < 0.5,
      green: random() < 0.3,
    };
    if (i < edges.length * 4) c.model = Math.floor(i / edges.length) % 2 ? "swd-v3" : "swd-v4";
    if (random() < 0.4) {
      for (const key of ["gridDataCenter", "gridNetwork", "gridDevice"]) {
        if (random() < 0.6) c[key] = random() < 0.05 ? 0 : 1000 * random();
      }
    }
    if (c.model === "swd-v4" && random() < 0.4) c.greenHostingFactor = share(random);
    if (c.perVisit) {
      for (const key of ["firstVisitShare", "returnVisitShare", "dataReloadRatio"]) {
        if (random() < 0.6) c[key] = share(random);
      }
    }
    cases.push(c);
  }
  return cases;
}

// The CO2.js call for a case: perByteTrace / perVisitTrace with the trace options.
function co2jsResult(Co2, c) {
  const estimator = new Co2({ model: "swd", version: c.model === "swd-v3" ? 3 : 4, results: "segment" });
  const options = {};
  const grid = {};
  if (c.gridDataCenter !== undefined) grid.dataCenter = c.gridDataCenter;
  if (c.gridNetwork !== undefined) grid.network = c.gridNetwork;
  if (c.gridDevice !== undefined) grid.device = c.gridDevice;
  if (Object.keys(grid).length) options.gridIntensity = grid;
  if (c.greenHostingFactor !== undefined) options.greenHostingFactor = c.greenHostingFactor;
  if (c.firstVisitShare !== undefined) options.firstVisitPercentage = c.firstVisitShare;
  if (c.returnVisitShare !== undefined) options.returnVisitPercentage = c.returnVisitShare;
  if (c.dataReloadRatio !== undefined) options.dataReloadRatio = c.dataReloadRatio;
  const trace = c.perVisit
    ? estimator.perVisitTrace(c.bytes, c.green, options)
    : estimator.perByteTrace(c.bytes, c.green, options);
  return trace.co2;
}

// The case as a `swd --cases` line and as command-line arguments.
const OPTION_NAMES = {
  greenHostingFactor: "green-hosting-factor",
  gridDataCenter: "grid-datacenter",
  gridNetwork: "grid-network",
  gridDevice: "grid-device",
  firstVisitShare: "first-visit-share",
  returnVisitShare: "return-visit-share",
  dataReloadRatio: "data-reload-ratio",
};

function caseLine(c) {
  const line = { bytes: c.bytes, model: c.model, green: c.green, "per-visit": c.perVisit };
  for (const [key, name] of Object.entries(OPTION_NAMES)) if (c[key] !== undefined) line[name] = c[key];
  return JSON.stringify(line);
}

function caseArguments(c) {
  // String(number) round-trips exactly in JavaScript, so the CLI reads the same doubles.
  const args = ["swd", "--bytes", String(c.bytes), "--model", c.model, "--json"];
  if (c.green) args.push("--green");
  if (c.perVisit) args.push("--per-visit");
  for (const [key, name] of Object.entries(OPTION_NAMES))
    if (c[key] !== undefined) args.push(`--${name}`, String(c[key]));
  return args;
}

function compareOne(expected, actual) {
  // CO2.js v4 returns a bare 0 below one byte; we print every key as 0 then.
  const problems = [];
  let maxRel = 0;
  if (typeof expected === "number") {
    if (expected !== 0) problems.push(`CO2.js returned the number ${expected}`);
    for (const [key, value] of Object.entries(actual))
      if (value !== 0) problems.push(`${key}: ${value}, CO2.js gives a bare 0`);
    return { problems, maxRel };
  }
  const expectedKeys = Object.keys(expected);
  const actualKeys = Object.keys(actual);
  if (expectedKeys.join("|") !== actualKeys.join("|"))
    problems.push(`keys differ: CO2.js [${expectedKeys}] vs ours [${actualKeys}]`);
  for (const key of expectedKeys) {
    const e = expected[key];
    const a = actual[key];
    if (typeof a !== "number") {
      problems.push(`${key}: missing`);
      continue;
    }
    const scale = Math.max(Math.abs(e), Math.abs(a));
    const diff = e === 0 || a === 0 ? Math.abs(a - e) : Math.abs(a - e) / scale;
    maxRel = Math.max(maxRel, diff);
    if (!(diff <= TOLERANCE)) problems.push(`${key}: ours ${a}, CO2.js ${e} (diff ${diff.toExponential(2)})`);
  }
  return { problems, maxRel };
}

function runCli(cli, args, input) {
  const result = spawnSync(cli, args, { encoding: "utf8", maxBuffer: 1 << 30, input });
  if (result.error) fail(`cannot run ${cli}: ${result.error.message}`);
  return result;
}

function bench(Co2, calls) {
  // Same work as bench_swd.cpp: v4 per byte and v3 per visit, segmented, default options.
  const v4 = new Co2({ model: "swd", version: 4, results: "segment" });
  const v3 = new Co2({ model: "swd", version: 3, results: "segment" });
  const v4Model = v4.SustainableWebDesignV4();
  const v3Model = v3.SustainableWebDesignV3();
  const runs = [
    ["v4 perByteTrace (segment)", (b) => v4.perByteTrace(b, false, {}).co2.total],
    ["v3 perVisitTrace (segment)", (b) => v3.perVisitTrace(b, false, {}).co2.total],
    ["v4 model.perByte (segment)", (b) => v4Model.perByte(b, false, true, false, {}).total],
    ["v3 model.perVisit (segment)", (b) => v3Model.perVisit(b, false, true, false, {}).total],
  ];
  let sink = 0;
  for (const [name, fn] of runs) {
    for (let i = 0; i < Math.min(calls, 100000); ++i) sink += fn(1e6 + i); // warm up the JIT
    const start = process.hrtime.bigint();
    for (let i = 0; i < calls; ++i) sink += fn(1e6 + i);
    const ns = Number(process.hrtime.bigint() - start);
    console.log(`compare-co2js bench: CO2.js ${name}: ${calls} calls in ${(ns / 1e6).toFixed(1)} ms, ` +
      `${(ns / calls).toFixed(1)} ns/call (node ${process.version})`);
  }
  if (sink === 42) console.log(""); // keep the results alive
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const Co2 = await loadCo2js(args.co2js);
  // parseVisitTraceOptions warns on every unset ratio; that noise is not a finding.
  console.warn = () => {};
  if (args.bench) {
    bench(Co2, args.bench);
    return;
  }

  const cases = makeCases(args.cases, args.seed);
  const expected = cases.map((c) => co2jsResult(Co2, c));

  const dir = mkdtempSync(join(tmpdir(), "compare-co2js-"));
  const file = join(dir, "cases.jsonl");
  writeFileSync(file, cases.map(caseLine).join("\n") + "\n");
  const batch = runCli(args.cli, ["swd", "--cases", file, "--json"]);
  rmSync(dir, { recursive: true, force: true });
  if (batch.status !== 0) fail(`swd --cases exited with ${batch.status}: ${batch.stderr.trim()}`);
  const lines = batch.stdout.split("\n").filter((l) => l.trim() !== "");
  if (lines.length !== cases.length) fail(`swd --cases printed ${lines.length} lines for ${cases.length} cases`);

  const actual = lines.map((l) => JSON.parse(l));
  for (let i = 0; i < Math.min(args.single, cases.length); ++i) {
    const one = runCli(args.cli, caseArguments(cases[i]));
    if (one.status !== 0) fail(`${caseArguments(cases[i]).join(" ")} exited with ${one.status}: ${one.stderr.trim()}`);
    actual.push(JSON.parse(one.stdout));
    expected.push(expected[i]);
    cases.push(cases[i]);
  }

  let maxRel = 0;
  let identical = 0;
  const bad = [];
  for (let i = 0; i < cases.length; ++i) {
    const r = compareOne(expected[i], actual[i]);
    maxRel = Math.max(maxRel, r.maxRel);
    if (r.maxRel === 0 && r.problems.length === 0) ++identical;
    if (r.problems.length) bad.push({ i, r });
  }
  bad.sort((a, b) => b.r.maxRel - a.r.maxRel);
  for (const { i, r } of bad.slice(0, args.verbose ? bad.length : 10)) {
    console.log(`case ${i}: ${caseArguments(cases[i]).join(" ")}`);
    for (const p of r.problems.slice(0, 14)) console.log(`    ${p}`);
  }
  const single = Math.min(args.single, args.cases);
  console.log(`compare-co2js: ${args.cases} cases (+${single} through the one-case command line), ` +
    `${bad.length} differences above ${TOLERANCE} (max rel diff ${maxRel.toExponential(1)}; ` +
    `${identical} of ${cases.length} bit-identical), seed ${args.seed}, CO2.js 0.19.0`);
  process.exit(bad.length ? 1 : 0);
}

main().catch((e) => fail(e.stack || String(e)));
