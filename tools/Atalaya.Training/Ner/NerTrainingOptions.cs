namespace Atalaya.Training.Ner;

/// <summary>The settings of one `ner train` run.</summary>
/// <param name="Bits">Hash buckets of the weight table: 2^bits.</param>
/// <param name="Epochs">Passes over the training sentences.</param>
/// <param name="Dropout">Share of sentences trained without their language.</param>
/// <param name="Seed">Seed of every random choice (same seed, same model bytes).</param>
/// <param name="Shout">Share of sentences also trained as an uppercased copy, so headlines in capitals are read by their words.</param>
/// <param name="TextFolder">Raw text of many languages (shared/data/langid) for the word-usage lexicon.</param>
/// <param name="UsageMinimum">Occurrences a word needs to enter the lexicon; 0 leaves the lexicon out.</param>
/// <param name="MinimumPerLanguage">Sentences a language's corpora are repeated up to (0: none repeated).</param>
/// <param name="PlacesFolder">GeoNames files (shared/data/geo) for the place-name words; empty for none.</param>
internal sealed record NerTrainingOptions(int Bits, int Epochs, double Dropout, int Seed, double Shout, string TextFolder, int UsageMinimum, int MinimumPerLanguage, string PlacesFolder);
