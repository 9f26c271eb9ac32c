// Signs and verifies the .NET benchmark credential (../Linked/rich-achievement-credential.json) with the reference
// JavaScript stack: jsonld + jsonld-signatures + @digitalbazaar/data-integrity + eddsa-rdfc-2022-cryptosuite
// + ed25519-multikey. Contexts come from the repository's embedded copies (src/Core/Linked/Contexts); nothing is
// fetched. Usage: npm ci && node sign-bench.mjs [seconds per measurement, default 10]
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import jsigs from 'jsonld-signatures';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';

const {purposes: {AssertionProofPurpose}} = jsigs;
const here = dirname(fileURLToPath(import.meta.url));
const contextsDir = join(here, '..', '..', '..', 'src', 'Core', 'Linked', 'Contexts');
const manifest = JSON.parse(readFileSync(join(contextsDir, 'manifest.json'), 'utf8'));
const contexts = new Map(Object.entries(manifest).map(([url, file]) => [url, JSON.parse(readFileSync(join(contextsDir, file), 'utf8'))]));
const credential = JSON.parse(readFileSync(join(here, '..', 'Linked', 'rich-achievement-credential.json'), 'utf8'));
const seconds = Number(process.argv[2] ?? 10);

// The same key as the .NET benchmark: the all-zero Ed25519 seed, published as did:key.
const seed = new Uint8Array(32);
const {publicKeyMultibase} = await Ed25519Multikey.generate({seed});
const did = `did:key:${publicKeyMultibase}`;
const keyPair = await Ed25519Multikey.generate({seed, controller: did});
if(credential.issuer.id !== did) {
  throw new Error(`The credential's issuer ${credential.issuer.id} is not the benchmark key ${did}.`);
}

const publicKey = await keyPair.export({publicKey: true, includeContext: true});
const didDocument = {
  '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
  id: did,
  verificationMethod: [{...publicKey}],
  assertionMethod: [keyPair.id],
  authentication: [keyPair.id]
};
delete didDocument.verificationMethod[0]['@context'];

// Serves the embedded contexts and the did:key documents; any other URL is an error (no network).
async function documentLoader(url) {
  if(contexts.has(url)) {
    return {contextUrl: null, documentUrl: url, document: contexts.get(url)};
  }
  if(url === keyPair.id) {
    return {contextUrl: null, documentUrl: url, document: publicKey};
  }
  if(url === did) {
    return {contextUrl: null, documentUrl: url, document: didDocument};
  }
  throw new Error(`Document not available offline: ${url}`);
}

const date = '2026-06-30T12:00:00Z';
const sign = () => jsigs.sign(structuredClone(credential), {
  suite: new DataIntegrityProof({signer: keyPair.signer(), date, cryptosuite: eddsaRdfc2022}),
  purpose: new AssertionProofPurpose(),
  documentLoader
});
const verifySuite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022});
const verify = document => jsigs.verify(document, {suite: verifySuite, purpose: new AssertionProofPurpose(), documentLoader});

// Times batches of 5 operations and prints the fastest and the median batch (per operation) beside the overall
// rate: on a shared machine the fastest batch is the closest to an uncontended core, as in the .NET proof-loop.
async function measure(name, operation) {
  for(let i = 0; i < 50; i++) {
    await operation();
  }
  const batches = [];
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while(elapsed < seconds) {
    const batchStart = process.hrtime.bigint();
    for(let i = 0; i < 5; i++) {
      await operation();
    }
    batches.push(Number(process.hrtime.bigint() - batchStart) / 5 / 1e3);
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  batches.sort((a, b) => a - b);
  const fastest = batches[0];
  const median = batches[Math.floor(batches.length / 2)];
  console.log(`${name}: fastest ${fastest.toFixed(0)} µs (${(1e6 / fastest).toFixed(1)}/s), ` +
    `median ${median.toFixed(0)} µs (${(1e6 / median).toFixed(1)}/s), ${batches.length * 5} operations in ${elapsed.toFixed(1)} s`);
}

const signed = await sign();
const result = await verify(signed);
if(!result.verified) {
  throw new Error('The reference stack could not verify its own signature: ' + JSON.stringify(result.error));
}
console.log(`node ${process.version}; proofValue ${signed.proof.proofValue}`);
await measure('eddsa-rdfc-2022 sign', sign);
await measure('eddsa-rdfc-2022 verify', () => verify(signed));
