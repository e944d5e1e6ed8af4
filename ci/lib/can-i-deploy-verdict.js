// Reads the broker's matrix (the JSON of `pact broker can-i-deploy --output json`) on stdin and prints the verdict,
// one line per pact. Exit 0 deployable; 1 a verification failed (or the broker says no); 4 not yet verified (unknown);
// 3 the input is not a matrix.
const environment = process.argv[2];
let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  let data;
  try {
    data = JSON.parse(input.slice(input.indexOf("{")));
  } catch (e) {
    process.exit(3);
  }
  if (!data || !data.summary || !Array.isArray(data.matrix)) process.exit(3);
  const summary = data.summary;
  let failed = 0, unknown = 0;
  for (const row of data.matrix) {
    const consumer = `${row.consumer.name} ${row.consumer.version ? row.consumer.version.number : "?"}`;
    const providerVersion = row.provider.version ? row.provider.version.number : null;
    const provider = providerVersion ? `${row.provider.name} ${providerVersion}` : `${row.provider.name} (no version deployed to ${environment})`;
    const result = row.verificationResult;
    const link = result && result._links && result._links.self ? ` - ${result._links.self.href}` : "";
    let state;
    if (result && result.success === true) state = "verified";
    else if (result && result.success === false) { state = "VERIFICATION FAILED"; failed++; }
    else { state = "NOT YET VERIFIED"; unknown++; }
    console.log(`  ${consumer} -> ${provider}: ${state}${link}`);
  }
  if (summary.reason) console.log(`  broker: ${summary.reason}`);
  if (summary.deployable === true) {
    console.log(`can-i-deploy: YES - every pact is verified against what is deployed to ${environment}.`);
    process.exit(0);
  }
  if (failed > 0 || (summary.deployable === false && unknown === 0)) {
    console.log(failed > 0
      ? `can-i-deploy: NO - verification failed (${failed} failed, ${unknown} not yet verified). Fix the contract or the provider; do not deploy.`
      : `can-i-deploy: NO - the broker says no: ${summary.reason || "(no reason given)"}`);
    process.exit(1);
  }
  console.log(`can-i-deploy: NO - not yet verified (${unknown} pact(s) without a verification result against ${environment}` +
    ` after the retries). Wait for the provider builds, or check that each provider records its deployments.`);
  process.exit(4);
});
