// Writes the model card of the entity tagger from the trainer's report:
//   node tools/train/card.mjs REPORT.json DATA_DIR models/ner.md
// The card says what the model is, what it was trained on (each file with its SHA-256 and
// licence), its development scores and its size; `npm run train` writes it beside the model.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const [reportFile, dataDir, cardFile] = process.argv.slice(2);
if (!cardFile) throw new Error('usage: card.mjs REPORT.json DATA_DIR CARD.md');
const report = JSON.parse(readFileSync(reportFile, 'utf8'));
const sha256 = (file) => createHash('sha256').update(readFileSync(join(dataDir, file))).digest('hex');
const model = readFileSync(join(dirname(cardFile), basename(report.model)));
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;

// Licences of the lexicons, by folder (../shared/data/README.md).
const LEXICON_LICENCES = {
  'given-names-fr': 'INSEE open data, Licence Ouverte / Etalab 2.0',
  'surnames-fr': 'INSEE open data, Licence Ouverte / Etalab 2.0',
  'given-names-en': 'CC0 1.0',
  'people-names': 'MIT (@cspell/dict-people-names)',
  'companies': 'MIT (@cspell/dict-companies)',
  'cities-geonames': 'CC BY 4.0 (geonames.org)',
};

const rows = (sets) => sets.map((s) => `| ${s.name} | \`${s.file}\` | ${s.documents} | ${s.licence} | \`${sha256(s.file).slice(0, 16)}\` |`);
const card = `# ner: the entity tagger's model

Written by \`npm run train\` (tools/train/train.sh); do not edit by hand. The analyzer's
entities stage runs it (core/src/nlp/entities), embedded in the core by the build.

- **What:** an averaged perceptron over BILOU labels of PER, ORG, LOC and MISC (MISC is learned
  to keep works, events and nationalities out of the other types, and is not shown), trained
  greedily left to right and decoded by beam search (${report.beam} hypotheses) over well-formed
  label sequences, with the core's features (core/src/nlp/tagger/features.cpp): word forms,
  shapes, affixes, capitalization in context, the gazetteer below, and document memory.
- **Filtered:** WikiANN's sentences whose person, place or work spans hold lower-case words
  (link anchors, not names) are left out; organization spans may hold them when they begin
  with an organization word ("Cour de cassation").
- **Weights:** ${report.features} features, ${report.sharing === 'both' ? 'each with a shared weight and one per language' : report.sharing}; ${report.epochs} epochs, seed ${report.seed}${report.quick ? ', quick (a tenth of the data)' : ''}.
- **Size:** ${kb(model.length)} raw, ${kb(gzipSync(model, { level: 9 }).length)} gzip (gazetteer of ${report.gazetteer_phrases} phrases included).
- **Trained in** ${report.seconds} s.

## Data

| set | file (../shared/data) | documents | licence | SHA-256 (first 16) |
|---|---|---|---|---|
${rows(report.sets).join('\n')}

Only the rows of use \`train\` were trained on; the others are the development sets scored below.
CoNLL-2003 is Reuters text for research use: a product built on this model must say so.
WikiNEuRal (non-commercial) was never trained on.

Gazetteer (hashed phrases, shipped inside the model), besides the core's CLDR places, known
organizations, organization words and honorifics:

| file (../shared/data) | licence | SHA-256 (first 16) |
|---|---|---|
${report.lexicons.map((f) => `| \`${f}\` | ${LEXICON_LICENCES[f.split('/')[1]] ?? '?'} | \`${sha256(f).slice(0, 16)}\` |`).join('\n')}

## Development scores (the trainer's: gold words, strict micro-F1 over PER, ORG, LOC)

P, R and F1 with the beam the core uses; the last column decodes greedily, as training does.

| set | P | R | F1 | greedy F1 |
|---|---|---|---|---|
${report.dev.map((d) => `| ${d.set} | ${d.precision.toFixed(4)} | ${d.recall.toFixed(4)} | ${d.f1.toFixed(4)} | ${d.greedy_f1.toFixed(4)} |`).join('\n')}

The analyzer's own figures (its tokenization, its whole pipeline) come from \`npm run eval:ner\`
and \`npm run eval\`.
`;
writeFileSync(cardFile, card);
console.log(`model card: ${cardFile}`);
