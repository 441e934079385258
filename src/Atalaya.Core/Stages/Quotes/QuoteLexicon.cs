using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Events;

namespace Atalaya.Core.Stages.Quotes;

/// <summary>The speech words of one language: its verbs as one matcher, and the words that refer back to a speaker.</summary>
internal sealed record SpeechWords(WordMatcher Verbs, SpeakerReferenceWords Reference);

/// <summary>The speech verbs of every language (data/lang/&lt;code&gt;/speech_verbs.tsv, speaker_reference.tsv).</summary>
internal sealed class QuoteLexicon
{
    private readonly Dictionary<string, SpeechWords> languages = new(StringComparer.Ordinal);

    public QuoteLexicon(IReadOnlyDictionary<string, LanguagePack> packs)
    {
        foreach (var (code, pack) in packs)
        {
            if (pack.SpeechVerbs.Count > 0)
            {
                languages[code] = new SpeechWords(new WordMatcher(pack.SpeechVerbs.Select(v => (v, "speech"))), pack.SpeakerReference);
            }
        }
    }

    /// <summary>The speech words of <paramref name="language"/>, or null when it has no verbs (then no quotes are read).</summary>
    public SpeechWords? For(string language) => languages.GetValueOrDefault(language);
}
